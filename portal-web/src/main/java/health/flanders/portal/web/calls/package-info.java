/** Calls for proposals as the public reads them: pages and the read-only API. */
package health.flanders.portal.web.calls;
