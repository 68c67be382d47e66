/**
 * Calls for proposals: the public pages and read-only API, the admin pages that set calls up and run them, and the
 * reminders of their deadlines.
 */
package health.flanders.portal.web.calls;
