package health.flanders.portal.call.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The score staff agreed on for one criterion of a proposal after reading its reviews, with its justification: what
 * counts for the ranking. It may be revised until the call is decided.
 */
@Entity
@Table(name = "consensus_scores")
@IdClass(ConsensusScore.Key.class)
public class ConsensusScore {

	/** The longest justification staff may give. */
	public static final int MAX_JUSTIFICATION_LENGTH = 4000;

	private static final BigDecimal MAX = new BigDecimal("5");

	@Id
	@Column(name = "proposal_id")
	private long proposalId;

	@Id
	@Column(name = "criterion_id")
	private long criterionId;

	@Column(nullable = false)
	private BigDecimal score;

	@Column(nullable = false)
	private String justification;

	@Column(name = "recorded_by", nullable = false)
	private long recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ConsensusScore() {
	}

	/**
	 * The first consensus on the criterion.
	 * @throws EvaluationRefusedException for a score that is not a half point from 0 to 5, or without justification
	 */
	public ConsensusScore(long proposalId, long criterionId, BigDecimal score, String justification, long recordedBy,
			Clock clock) {
		this.proposalId = proposalId;
		this.criterionId = criterionId;
		revise(score, justification, recordedBy, clock);
	}

	/**
	 * Replaces the agreed score and its justification.
	 * @throws EvaluationRefusedException for a score that is not a half point from 0 to 5, or without justification
	 */
	public void revise(BigDecimal score, String justification, long recordedBy, Clock clock) {
		if (score == null || score.signum() < 0 || score.compareTo(MAX) > 0
				|| score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
			throw new EvaluationRefusedException("consensus.score.invalid");
		}
		if (justification == null || justification.isBlank()) {
			throw new EvaluationRefusedException("consensus.justification.required");
		}
		if (justification.strip().length() > MAX_JUSTIFICATION_LENGTH) {
			throw new EvaluationRefusedException("consensus.justification.long", MAX_JUSTIFICATION_LENGTH);
		}
		this.score = score.setScale(1);
		this.justification = justification.strip();
		this.recordedBy = recordedBy;
		this.recordedAt = clock.instant();
	}

	public long getProposalId() {
		return proposalId;
	}

	public long getCriterionId() {
		return criterionId;
	}

	public BigDecimal getScore() {
		return score;
	}

	public String getJustification() {
		return justification;
	}

	public long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	/** The pair of proposal and criterion that identifies a consensus score. */
	public static class Key implements Serializable {

		private long proposalId;

		private long criterionId;

		protected Key() {
		}

		public Key(long proposalId, long criterionId) {
			this.proposalId = proposalId;
			this.criterionId = criterionId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.proposalId == proposalId && key.criterionId == criterionId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(proposalId) * 31 + Long.hashCode(criterionId);
		}
	}
}
