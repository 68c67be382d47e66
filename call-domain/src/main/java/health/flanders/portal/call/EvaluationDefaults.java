package health.flanders.portal.call;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a call's evaluation starts out: reviewers per proposal, the most proposals one reviewer gets, and the weighted
 * total a proposal needs. Staff may still change them on the evaluation page until the assignment is released.
 */
@Embeddable
public class EvaluationDefaults {

	@Column(name = "reviewers_per_proposal", nullable = false)
	private int reviewersPerProposal;

	@Column(name = "max_proposals_per_reviewer", nullable = false)
	private int maxProposalsPerReviewer;

	@Column(name = "total_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal totalThreshold;

	protected EvaluationDefaults() {
	}

	public EvaluationDefaults(int reviewersPerProposal, int maxProposalsPerReviewer, BigDecimal totalThreshold) {
		if (reviewersPerProposal < 1 || reviewersPerProposal > 10) {
			throw new IllegalArgumentException("Between 1 and 10 reviewers per proposal");
		}
		if (maxProposalsPerReviewer < 1 || maxProposalsPerReviewer > 100) {
			throw new IllegalArgumentException("Between 1 and 100 proposals per reviewer");
		}
		if (totalThreshold.signum() < 0 || totalThreshold.compareTo(BigDecimal.valueOf(5)) > 0) {
			throw new IllegalArgumentException("A total threshold between 0 and 5");
		}
		this.reviewersPerProposal = reviewersPerProposal;
		this.maxProposalsPerReviewer = maxProposalsPerReviewer;
		this.totalThreshold = totalThreshold;
	}

	/** Three reviewers per proposal, at most twelve proposals per reviewer, a total of at least 3.00. */
	public static EvaluationDefaults standard() {
		return new EvaluationDefaults(3, 12, new BigDecimal("3.00"));
	}

	public int reviewersPerProposal() {
		return reviewersPerProposal;
	}

	public int maxProposalsPerReviewer() {
		return maxProposalsPerReviewer;
	}

	public BigDecimal totalThreshold() {
		return totalThreshold;
	}
}
