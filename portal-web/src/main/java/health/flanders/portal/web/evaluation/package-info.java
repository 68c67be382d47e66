/**
 * The evaluation of a call: its criteria, reviewers and their conflicts of interest, the assignment, the reviews, the
 * consensus, the ranking with its funding line, the decision and the summary reports.
 */
package health.flanders.portal.web.evaluation;
