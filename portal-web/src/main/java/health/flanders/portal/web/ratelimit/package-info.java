/** Limits on the public POSTs (forms, sign-in, the API) per client address and per e-mail address, across instances. */
package health.flanders.portal.web.ratelimit;
