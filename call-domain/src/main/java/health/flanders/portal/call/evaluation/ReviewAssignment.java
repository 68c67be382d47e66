package health.flanders.portal.call.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reviewer on a proposal: made by the optimal assignment or by hand, with the pair's affinity. The reviewer accepts
 * or declines it; a declined pair is kept, with its reason, so that staff see the gap and the assignment never gives
 * the proposal back to that reviewer.
 */
@Entity
@Table(name = "review_assignments")
@IdClass(ProposalReviewerId.class)
public class ReviewAssignment {

	/** The longest reason a reviewer may give for declining. */
	public static final int MAX_REASON_LENGTH = 2000;

	@Id
	@Column(name = "proposal_id")
	private long proposalId;

	@Id
	@Column(name = "reviewer_id")
	private long reviewerId;

	@Column(nullable = false)
	private BigDecimal affinity;

	@Column(name = "by_hand", nullable = false)
	private boolean byHand;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssignmentResponse response = AssignmentResponse.PENDING;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "decline_reason")
	private String declineReason;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Version
	private long version;

	protected ReviewAssignment() {
	}

	public ReviewAssignment(long proposalId, long reviewerId, BigDecimal affinity, boolean byHand, Clock clock) {
		this.proposalId = proposalId;
		this.reviewerId = reviewerId;
		this.affinity = affinity;
		this.byHand = byHand;
		this.createdAt = clock.instant();
	}

	/**
	 * The reviewer takes the proposal on.
	 * @throws EvaluationRefusedException when they declined it already
	 */
	public void accept(Clock clock) {
		if (response == AssignmentResponse.DECLINED) {
			throw new EvaluationRefusedException("review.response.declined");
		}
		if (response == AssignmentResponse.PENDING) {
			response = AssignmentResponse.ACCEPTED;
			respondedAt = clock.instant();
		}
	}

	/**
	 * The reviewer gives the proposal back, saying why.
	 * @param reviewStarted whether the reviewer has saved a review of it
	 * @throws EvaluationRefusedException without a reason, once declined, or once the review has started
	 */
	public void decline(String reason, boolean reviewStarted, Clock clock) {
		if (response == AssignmentResponse.DECLINED) {
			throw new EvaluationRefusedException("review.response.declined");
		}
		if (reviewStarted) {
			throw new EvaluationRefusedException("review.response.started");
		}
		if (reason == null || reason.isBlank()) {
			throw new EvaluationRefusedException("review.response.reason.required");
		}
		if (reason.strip().length() > MAX_REASON_LENGTH) {
			throw new EvaluationRefusedException("review.response.reason.long", MAX_REASON_LENGTH);
		}
		response = AssignmentResponse.DECLINED;
		declineReason = reason.strip();
		respondedAt = clock.instant();
	}

	/** Records the first time the reviewer opened the proposal. */
	public void open(Clock clock) {
		if (openedAt == null) {
			openedAt = clock.instant();
		}
	}

	/** Whether the pair counts towards the proposal's reviewers: not declined. */
	public boolean active() {
		return response != AssignmentResponse.DECLINED;
	}

	public long getProposalId() {
		return proposalId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public BigDecimal getAffinity() {
		return affinity;
	}

	public boolean isByHand() {
		return byHand;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public AssignmentResponse getResponse() {
		return response;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public long getVersion() {
		return version;
	}
}
