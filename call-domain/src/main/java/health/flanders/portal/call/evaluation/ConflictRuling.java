package health.flanders.portal.call.evaluation;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Staff adding a conflict between a reviewer and a proposal, or lifting one, with the reason. Every ruling is kept;
 * the latest on a pair counts.
 */
@Entity
@Table(name = "conflict_rulings")
public class ConflictRuling {

	/** The longest reason staff may give. */
	public static final int MAX_REASON_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "proposal_id", nullable = false, updatable = false)
	private long proposalId;

	@Column(name = "reviewer_id", nullable = false, updatable = false)
	private long reviewerId;

	@Column(name = "in_conflict", nullable = false, updatable = false)
	private boolean inConflict;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "ruled_by", nullable = false, updatable = false)
	private long ruledBy;

	@Column(name = "ruled_at", nullable = false, updatable = false)
	private Instant ruledAt;

	protected ConflictRuling() {
	}

	/**
	 * Staff rule on the pair.
	 * @throws EvaluationRefusedException without a reason, or with too long a one
	 */
	public ConflictRuling(long proposalId, long reviewerId, boolean inConflict, String reason, long ruledBy,
			Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new EvaluationRefusedException("conflict.reason.required");
		}
		if (reason.strip().length() > MAX_REASON_LENGTH) {
			throw new EvaluationRefusedException("conflict.reason.long", MAX_REASON_LENGTH);
		}
		this.proposalId = proposalId;
		this.reviewerId = reviewerId;
		this.inConflict = inConflict;
		this.reason = reason.strip();
		this.ruledBy = ruledBy;
		this.ruledAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public long getProposalId() {
		return proposalId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public boolean isInConflict() {
		return inConflict;
	}

	public String getReason() {
		return reason;
	}

	public long getRuledBy() {
		return ruledBy;
	}

	public Instant getRuledAt() {
		return ruledAt;
	}
}
