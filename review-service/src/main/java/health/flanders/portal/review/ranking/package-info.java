/** The scores of a call's proposals brought together: statistics per criterion, the ranking and the funding line. */
package health.flanders.portal.review.ranking;
