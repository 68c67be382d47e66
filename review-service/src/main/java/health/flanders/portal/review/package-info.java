/** Reviewer assignment and scoring of proposals. */
package health.flanders.portal.review;
