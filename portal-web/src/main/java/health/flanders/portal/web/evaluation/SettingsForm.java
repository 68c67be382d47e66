package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import health.flanders.portal.call.evaluation.ReviewerKind;

/** The evaluation set-up of a call as staff edit it. */
public class SettingsForm {

	@NotNull
	@Min(1)
	@Max(10)
	private Integer reviewersPerProposal;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer maxProposalsPerReviewer;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	@Digits(integer = 1, fraction = 2)
	private BigDecimal totalThreshold;

	private List<ReviewerKind> requiredKinds = new ArrayList<>();

	@Valid
	private Map<String, CriterionLine> criteria = new LinkedHashMap<>();

	public static class CriterionLine {

		@NotNull
		@DecimalMin(value = "0", inclusive = false)
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 2)
		private BigDecimal weight;

		@NotNull
		@DecimalMin("0")
		@DecimalMax("5")
		@Digits(integer = 1, fraction = 1)
		private BigDecimal threshold;

		public BigDecimal getWeight() {
			return this.weight;
		}

		public void setWeight(BigDecimal weight) {
			this.weight = weight;
		}

		public BigDecimal getThreshold() {
			return this.threshold;
		}

		public void setThreshold(BigDecimal threshold) {
			this.threshold = threshold;
		}
	}

	public Integer getReviewersPerProposal() {
		return this.reviewersPerProposal;
	}

	public void setReviewersPerProposal(Integer reviewersPerProposal) {
		this.reviewersPerProposal = reviewersPerProposal;
	}

	public Integer getMaxProposalsPerReviewer() {
		return this.maxProposalsPerReviewer;
	}

	public void setMaxProposalsPerReviewer(Integer maxProposalsPerReviewer) {
		this.maxProposalsPerReviewer = maxProposalsPerReviewer;
	}

	public BigDecimal getTotalThreshold() {
		return this.totalThreshold;
	}

	public void setTotalThreshold(BigDecimal totalThreshold) {
		this.totalThreshold = totalThreshold;
	}

	public List<ReviewerKind> getRequiredKinds() {
		return this.requiredKinds;
	}

	public void setRequiredKinds(List<ReviewerKind> requiredKinds) {
		this.requiredKinds = requiredKinds == null ? new ArrayList<>() : requiredKinds;
	}

	public Map<String, CriterionLine> getCriteria() {
		return this.criteria;
	}

	public void setCriteria(Map<String, CriterionLine> criteria) {
		this.criteria = criteria;
	}
}
