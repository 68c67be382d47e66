/** Reviewer expertise read from the reviewer's own publications, and how it is measured against people's grades. */
package health.flanders.portal.matching.expertise;
