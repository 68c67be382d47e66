package health.flanders.portal.call.evaluation;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A reviewer's confidentiality undertaking for a call: they keep its proposals confidential, do not use their content,
 * and delete what they downloaded once the evaluation is over. Accepted once per call, before the first proposal text
 * of the call is shown to them.
 */
@Entity
@Table(name = "reviewer_undertakings")
@IdClass(CallReviewerId.class)
public class ReviewerUndertaking {

	@Id
	@Column(name = "call_id")
	private long callId;

	@Id
	@Column(name = "reviewer_id")
	private long reviewerId;

	@Column(name = "accepted_at", nullable = false, updatable = false)
	private Instant acceptedAt;

	protected ReviewerUndertaking() {
	}

	/** The reviewer accepts the undertaking for the call now. */
	public ReviewerUndertaking(long callId, long reviewerId, Clock clock) {
		this.callId = callId;
		this.reviewerId = reviewerId;
		this.acceptedAt = clock.instant();
	}

	public long getCallId() {
		return callId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}
}
