package health.flanders.portal.call.evaluation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * A reviewer's own word, given once before reading a proposal, on whether they are in conflict with it; in conflict
 * needs a reason. It is never changed: staff rule on a pair with a {@link ConflictRuling} instead.
 */
@Entity
@Table(name = "conflict_declarations")
@IdClass(ProposalReviewerId.class)
public class ConflictDeclaration implements Persistable<ProposalReviewerId> {

	/** The longest reason a reviewer may give. */
	public static final int MAX_REASON_LENGTH = 2000;

	@Id
	@Column(name = "proposal_id")
	private long proposalId;

	@Id
	@Column(name = "reviewer_id")
	private long reviewerId;

	@Column(name = "in_conflict", nullable = false, updatable = false)
	private boolean inConflict;

	@Column(updatable = false)
	private String reason;

	@Column(name = "declared_at", nullable = false, updatable = false)
	private Instant declaredAt;

	/** A declaration is only ever inserted: saving a second one for the pair fails instead of overwriting the first. */
	@Transient
	private boolean fresh = true;

	protected ConflictDeclaration() {
	}

	/**
	 * The reviewer declares on the proposal.
	 * @throws EvaluationRefusedException when in conflict without a reason, or with too long a one
	 */
	public ConflictDeclaration(long proposalId, long reviewerId, boolean inConflict, String reason, Clock clock) {
		if (inConflict && (reason == null || reason.isBlank())) {
			throw new EvaluationRefusedException("review.declaration.reason.required");
		}
		if (inConflict && reason.strip().length() > MAX_REASON_LENGTH) {
			throw new EvaluationRefusedException("conflict.declaration.reason.long", MAX_REASON_LENGTH);
		}
		this.proposalId = proposalId;
		this.reviewerId = reviewerId;
		this.inConflict = inConflict;
		this.reason = inConflict ? reason.strip() : null;
		this.declaredAt = clock.instant();
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	@Override
	public ProposalReviewerId getId() {
		return new ProposalReviewerId(proposalId, reviewerId);
	}

	@Override
	public boolean isNew() {
		return fresh;
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

	/** Why the reviewer is in conflict; null when they declared none. */
	public String getReason() {
		return reason;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}
}
