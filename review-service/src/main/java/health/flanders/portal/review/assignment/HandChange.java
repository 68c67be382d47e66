package health.flanders.portal.review.assignment;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;

/**
 * The rules a change that staff make by hand to an assignment must keep: the same that the optimal assignment keeps
 * (no conflict, at most k reviewers a proposal, at most a reviewer's maximum), and no pair the reviewer declined or
 * has started to review is undone.
 */
public final class HandChange {

	private HandChange() {
	}

	/**
	 * What is known of a pair staff want to add.
	 * @param proposalReviewers the reviewers the proposal has now, declined ones and those in conflict left out
	 * @param reviewerLoad the proposals of the call the reviewer has now, declined ones left out
	 * @param reviewerMaximum the reviewer's maximum in the call
	 */
	public record Addition(String reviewer, String proposal, boolean inPool, boolean inConflict, boolean declined,
			boolean assigned, int proposalReviewers, int reviewersPerProposal, int reviewerLoad, int reviewerMaximum) {
	}

	/** @throws EvaluationRefusedException with the rule the addition would break */
	public static void checkAddition(Addition pair) {
		if (!pair.inPool()) {
			throw new EvaluationRefusedException("evaluation.assignment.notInPool", pair.reviewer());
		}
		if (pair.inConflict()) {
			throw new EvaluationRefusedException("evaluation.assignment.conflict", pair.reviewer(), pair.proposal());
		}
		if (pair.declined()) {
			throw new EvaluationRefusedException("evaluation.assignment.declined", pair.reviewer(), pair.proposal());
		}
		if (pair.assigned()) {
			throw new EvaluationRefusedException("evaluation.assignment.already", pair.reviewer(), pair.proposal());
		}
		if (pair.proposalReviewers() >= pair.reviewersPerProposal()) {
			throw new EvaluationRefusedException("evaluation.assignment.proposalFull", pair.proposal(),
					pair.reviewersPerProposal());
		}
		if (pair.reviewerLoad() >= pair.reviewerMaximum()) {
			throw new EvaluationRefusedException("evaluation.assignment.reviewerFull", pair.reviewer(),
					pair.reviewerMaximum());
		}
	}

	/**
	 * @param reviewStarted whether the reviewer has saved a review of the proposal
	 * @throws EvaluationRefusedException when the reviewer has started the review
	 */
	public static void checkRemoval(boolean reviewStarted) {
		if (reviewStarted) {
			throw new EvaluationRefusedException("evaluation.assignment.reviewed");
		}
	}
}
