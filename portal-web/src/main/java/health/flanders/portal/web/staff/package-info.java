/** What Flanders.health staff work with: the organisation registry. */
package health.flanders.portal.web.staff;
