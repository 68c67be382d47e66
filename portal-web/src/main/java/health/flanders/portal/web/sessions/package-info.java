/** Information sessions as the public reads them: pages and the read-only API. */
package health.flanders.portal.web.sessions;
