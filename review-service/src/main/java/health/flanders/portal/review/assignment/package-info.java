/** Who reviews which proposal: the exactly optimal assignment of reviewers under k, loads, conflicts and kinds. */
package health.flanders.portal.review.assignment;
