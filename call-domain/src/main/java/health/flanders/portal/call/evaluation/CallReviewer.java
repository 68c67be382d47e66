package health.flanders.portal.call.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A reviewer taking part in a call's evaluation, with their own maximum of proposals when staff set one below the
 * call's. Only the reviewers of a call's pool are ever assigned its proposals.
 */
@Entity
@Table(name = "call_reviewers")
@IdClass(CallReviewerId.class)
public class CallReviewer {

	@Id
	@Column(name = "call_id")
	private long callId;

	@Id
	@Column(name = "reviewer_id")
	private long reviewerId;

	@Column(name = "max_proposals")
	private Integer maxProposals;

	protected CallReviewer() {
	}

	public CallReviewer(long callId, long reviewerId) {
		this.callId = callId;
		this.reviewerId = reviewerId;
	}

	/**
	 * Sets the reviewer's own maximum, or clears it (null) to use the call's.
	 * @throws EvaluationRefusedException when it is not between 1 and the call's maximum
	 */
	public void limitTo(Integer maximum, int callMaximum) {
		if (maximum != null && (maximum < 1 || maximum > callMaximum)) {
			throw new EvaluationRefusedException("evaluation.pool.maximum.range", callMaximum);
		}
		this.maxProposals = maximum;
	}

	/** The most proposals this reviewer takes in the call: their own maximum, or the call's. */
	public int maximum(int callMaximum) {
		return maxProposals == null ? callMaximum : Math.min(maxProposals, callMaximum);
	}

	public long getCallId() {
		return callId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public Integer getMaxProposals() {
		return maxProposals;
	}
}
