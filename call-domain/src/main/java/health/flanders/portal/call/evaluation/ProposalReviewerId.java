package health.flanders.portal.call.evaluation;

import java.io.Serializable;

/** The id of what belongs to one reviewer on one proposal: an assignment, a declaration of conflicts. */
public class ProposalReviewerId implements Serializable {

	private long proposalId;

	private long reviewerId;

	protected ProposalReviewerId() {
	}

	public ProposalReviewerId(long proposalId, long reviewerId) {
		this.proposalId = proposalId;
		this.reviewerId = reviewerId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProposalReviewerId id && id.proposalId == proposalId && id.reviewerId == reviewerId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(proposalId) * 31 + Long.hashCode(reviewerId);
	}
}
