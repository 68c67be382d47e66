/** A reviewer's own work: the proposals assigned to them. */
package health.flanders.portal.web.reviews;
