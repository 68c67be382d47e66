package health.flanders.portal.call.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposal's place in its call's confirmed ranking and its outcome, kept as decided: later changes to scores or
 * settings do not move it.
 */
@Entity
@Table(name = "funding_decisions")
public class FundingDecision {

	@Id
	@Column(name = "proposal_id")
	private long proposalId;

	@Column(name = "call_id", nullable = false, updatable = false)
	private long callId;

	/** From 1; 0 for a proposal without a place (under a threshold, or dropped out). */
	@Column(nullable = false, updatable = false)
	private int rank;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private FundingOutcome outcome;

	@Column(nullable = false, updatable = false)
	private BigDecimal total;

	@Column(name = "decided_by", nullable = false, updatable = false)
	private long decidedBy;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected FundingDecision() {
	}

	/** A ranked proposal's place and outcome. */
	public FundingDecision(long proposalId, long callId, int rank, FundingOutcome outcome, BigDecimal total,
			long decidedBy, Clock clock) {
		if (rank < 0 || (rank == 0) != (outcome == FundingOutcome.OUT || outcome == FundingOutcome.DROPPED)) {
			throw new IllegalArgumentException("A proposal above or below the line has a rank from 1, one out has none");
		}
		this.proposalId = proposalId;
		this.callId = callId;
		this.rank = rank;
		this.outcome = outcome;
		this.total = total;
		this.decidedBy = decidedBy;
		this.decidedAt = clock.instant();
	}

	/** A proposal that dropped out of the ranking: no place, no total. */
	public static FundingDecision droppedOut(long proposalId, long callId, long decidedBy, Clock clock) {
		return new FundingDecision(proposalId, callId, 0, FundingOutcome.DROPPED, BigDecimal.ZERO, decidedBy, clock);
	}

	public boolean funded() {
		return outcome == FundingOutcome.FUNDED;
	}

	public long getProposalId() {
		return proposalId;
	}

	public long getCallId() {
		return callId;
	}

	public int getRank() {
		return rank;
	}

	public FundingOutcome getOutcome() {
		return outcome;
	}

	public BigDecimal getTotal() {
		return total;
	}

	public long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}
}
