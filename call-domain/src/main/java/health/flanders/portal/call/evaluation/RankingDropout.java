package health.flanders.portal.call.evaluation;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposal that leaves the ranking after its consensus (it withdraws, or its consortium falls apart), with the
 * reason staff recorded: it keeps its scores, but takes no place above or below the funding line.
 */
@Entity
@Table(name = "ranking_dropouts")
public class RankingDropout {

	/** The longest reason staff may give. */
	public static final int MAX_REASON_LENGTH = 2000;

	@Id
	@Column(name = "proposal_id")
	private long proposalId;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected RankingDropout() {
	}

	/** @throws EvaluationRefusedException without a reason, or with too long a one */
	public RankingDropout(long proposalId, String reason, long recordedBy, Clock clock) {
		if (reason == null || reason.isBlank()) {
			throw new EvaluationRefusedException("ranking.dropout.reason.required");
		}
		if (reason.strip().length() > MAX_REASON_LENGTH) {
			throw new EvaluationRefusedException("ranking.dropout.reason.long", MAX_REASON_LENGTH);
		}
		this.proposalId = proposalId;
		this.reason = reason.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = clock.instant();
	}

	public long getProposalId() {
		return proposalId;
	}

	public String getReason() {
		return reason;
	}

	public long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
