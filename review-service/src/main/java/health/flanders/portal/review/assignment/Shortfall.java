package health.flanders.portal.review.assignment;

/**
 * A proposal the assignment cannot give all its reviewers, and why.
 *
 * @param proposal the proposal's index
 * @param missing how many reviewers it lacks
 * @param reason why
 * @param kind for {@link Reason#NO_FREE_REVIEWER_OF_KIND}, the kind it lacks; otherwise {@link AssignmentProblem#NO_KIND}
 * @param withoutConflict how many reviewers have no conflict with it (of that kind, for a kind)
 */
public record Shortfall(int proposal, int missing, Reason reason, int kind, int withoutConflict) {

	public enum Reason {
		/** Fewer reviewers than it needs have no conflict with it. */
		TOO_FEW_WITHOUT_CONFLICT,
		/** No reviewer of a required kind without a conflict with it has room left. */
		NO_FREE_REVIEWER_OF_KIND,
		/** Enough reviewers have no conflict with it, but they are full with proposals they fit better or only they can take. */
		REVIEWERS_FULL
	}
}
