package health.flanders.portal.call.evaluation;

import java.io.Serializable;

/** The id of what belongs to one reviewer in one call: their place in its pool, their undertaking. */
public class CallReviewerId implements Serializable {

	private long callId;

	private long reviewerId;

	protected CallReviewerId() {
	}

	public CallReviewerId(long callId, long reviewerId) {
		this.callId = callId;
		this.reviewerId = reviewerId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CallReviewerId id && id.callId == callId && id.reviewerId == reviewerId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(callId) * 31 + Long.hashCode(reviewerId);
	}
}
