/** Scores on a call's criteria: the scale of half points, the weighted total and the thresholds. */
package health.flanders.portal.review.scoring;
