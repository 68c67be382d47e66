/** Information sessions that explain a call, in person or online. */
package health.flanders.portal.call.session;
