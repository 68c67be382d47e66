/** Signing in and registering as an applicant. */
package health.flanders.portal.web.account;
