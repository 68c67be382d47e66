package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.GoalDefinition;

/**
 * A call as an admin types it: texts in English and Dutch, opening and deadline as Brussels local times, the budget,
 * every eligibility setting (each rule on or off with its value), the evaluation defaults, the abstract's limit and
 * the goals. Rules across fields are checked by {@link #checkTogether}.
 */
public class CallForm {

	@NotBlank
	@Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{call.admin.code.format}")
	private String code = "";

	@NotBlank
	@Size(max = 200)
	private String titleEn = "";

	@NotBlank
	@Size(max = 200)
	private String titleNl = "";

	@NotBlank
	@Size(max = 20_000)
	private String descriptionEn = "";

	@NotBlank
	@Size(max = 20_000)
	private String descriptionNl = "";

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime opensAt;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime deadline;

	@NotNull
	@DecimalMin(value = "0.01", message = "{call.admin.budget.positive}")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal budgetEur;

	@NotNull
	@Min(0)
	@Max(50)
	private Integer minIndependentFlemishEnterprises = 3;

	@NotNull
	@Min(0)
	@Max(50)
	private Integer minRtos = 1;

	private boolean enterpriseMustCoordinate = true;

	private boolean universityRequiredWithStrategicResearchCentre = true;

	private boolean researchShareLimited = true;

	@DecimalMin("0")
	@DecimalMax("100")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal maxResearchSharePercent = new BigDecimal("40");

	private boolean enterpriseBudgetMinimum = true;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal minEnterpriseBudgetEur = new BigDecimal("100000");

	private boolean enterpriseBudgetMaximum = true;

	@DecimalMin("0")
	@Digits(integer = 12, fraction = 2)
	private BigDecimal maxEnterpriseBudgetEur = new BigDecimal("3000000");

	@NotNull
	@Min(1)
	@Max(10)
	private Integer reviewersPerProposal = 3;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer maxProposalsPerReviewer = 12;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("5")
	@Digits(integer = 1, fraction = 2)
	private BigDecimal totalThreshold = new BigDecimal("3.00");

	@NotNull
	@Min(Call.MIN_ABSTRACT_LENGTH)
	@Max(Call.MAX_ABSTRACT_LENGTH)
	private Integer abstractMaxLength = Call.MAX_ABSTRACT_LENGTH;

	@Valid
	@Size(max = 40)
	private List<GoalLine> goals = new ArrayList<>();

	private long version;

	/** One goal or sub-goal: a sub-goal names the code of the goal it belongs to. */
	public static class GoalLine {

		@NotBlank
		@Pattern(regexp = "[0-9A-Za-z.]{1,8}", message = "{call.admin.goal.code.format}")
		private String code = "";

		@Size(max = 8)
		private String parentCode = "";

		@NotBlank
		@Size(max = 2000)
		private String titleEn = "";

		@NotBlank
		@Size(max = 2000)
		private String titleNl = "";

		public GoalLine() {
		}

		GoalLine(GoalDefinition definition) {
			this.code = definition.code();
			this.parentCode = definition.parentCode() == null ? "" : definition.parentCode();
			this.titleEn = definition.title().en();
			this.titleNl = definition.title().nl();
		}

		GoalDefinition toDefinition() {
			return new GoalDefinition(code, parentCode, new Bilingual(titleEn, titleNl));
		}

		public boolean isSubGoal() {
			return parentCode != null && !parentCode.isBlank();
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code == null ? "" : code.strip();
		}

		public String getParentCode() {
			return parentCode;
		}

		public void setParentCode(String parentCode) {
			this.parentCode = parentCode == null ? "" : parentCode.strip();
		}

		public String getTitleEn() {
			return titleEn;
		}

		public void setTitleEn(String titleEn) {
			this.titleEn = titleEn;
		}

		public String getTitleNl() {
			return titleNl;
		}

		public void setTitleNl(String titleNl) {
			this.titleNl = titleNl;
		}
	}

	/**
	 * The rules across fields: the deadline after the opening, a minimum enterprise budget not above the maximum, each
	 * goal code once, and each sub-goal after a goal of its own with the code it names.
	 */
	void checkTogether(Errors errors) {
		if (opensAt != null && deadline != null && !deadline.isAfter(opensAt)) {
			errors.rejectValue("deadline", "call.admin.deadline.afterOpening");
		}
		if (researchShareLimited && maxResearchSharePercent == null) {
			errors.rejectValue("maxResearchSharePercent", "call.admin.value.required");
		}
		if (enterpriseBudgetMinimum && minEnterpriseBudgetEur == null) {
			errors.rejectValue("minEnterpriseBudgetEur", "call.admin.value.required");
		}
		if (enterpriseBudgetMaximum && maxEnterpriseBudgetEur == null) {
			errors.rejectValue("maxEnterpriseBudgetEur", "call.admin.value.required");
		}
		if (enterpriseBudgetMinimum && enterpriseBudgetMaximum && minEnterpriseBudgetEur != null
				&& maxEnterpriseBudgetEur != null && minEnterpriseBudgetEur.compareTo(maxEnterpriseBudgetEur) > 0) {
			errors.rejectValue("maxEnterpriseBudgetEur", "call.admin.enterpriseBudget.range");
		}
		Set<String> codes = new HashSet<>();
		Set<String> goalsSoFar = new HashSet<>();
		boolean anySubGoal = false;
		for (int i = 0; i < goals.size(); i++) {
			GoalLine line = goals.get(i);
			if (!line.getCode().isEmpty() && !codes.add(line.getCode())) {
				errors.rejectValue("goals[" + i + "].code", "call.admin.goal.code.taken");
			}
			if (line.isSubGoal()) {
				anySubGoal = true;
				if (!goalsSoFar.contains(line.getParentCode())) {
					errors.rejectValue("goals[" + i + "].parentCode", "call.admin.goal.parent.missing");
				}
			}
			else {
				goalsSoFar.add(line.getCode());
			}
		}
		if (goals.isEmpty() || !anySubGoal) {
			errors.rejectValue("goals", "call.admin.goals.required");
		}
	}

	List<GoalDefinition> goalDefinitions() {
		return goals.stream().map(GoalLine::toDefinition).toList();
	}

	Bilingual title() {
		return new Bilingual(titleEn, titleNl);
	}

	Bilingual description() {
		return new Bilingual(descriptionEn, descriptionNl);
	}

	/** Adds an empty goal, or an empty sub-goal of the goal at {@code index}, after that goal's sub-goals. */
	void addGoal(Integer index) {
		if (index == null || index < 0 || index >= goals.size()) {
			goals.add(new GoalLine());
			return;
		}
		GoalLine parent = goals.get(index);
		int at = index + 1;
		while (at < goals.size() && goals.get(at).isSubGoal()) {
			at++;
		}
		GoalLine sub = new GoalLine();
		sub.setParentCode(parent.getCode());
		goals.add(at, sub);
	}

	void removeGoal(int index) {
		if (index >= 0 && index < goals.size()) {
			goals.remove(index);
		}
	}

	/** Moves the goal at {@code index} one place up ({@code -1}) or down ({@code 1}). */
	void moveGoal(int index, int step) {
		int other = index + step;
		if (index >= 0 && index < goals.size() && other >= 0 && other < goals.size()) {
			goals.set(index, goals.set(other, goals.get(index)));
		}
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? "" : code.strip();
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getTitleNl() {
		return titleNl;
	}

	public void setTitleNl(String titleNl) {
		this.titleNl = titleNl;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getDescriptionNl() {
		return descriptionNl;
	}

	public void setDescriptionNl(String descriptionNl) {
		this.descriptionNl = descriptionNl;
	}

	public LocalDateTime getOpensAt() {
		return opensAt;
	}

	public void setOpensAt(LocalDateTime opensAt) {
		this.opensAt = opensAt;
	}

	public LocalDateTime getDeadline() {
		return deadline;
	}

	public void setDeadline(LocalDateTime deadline) {
		this.deadline = deadline;
	}

	public BigDecimal getBudgetEur() {
		return budgetEur;
	}

	public void setBudgetEur(BigDecimal budgetEur) {
		this.budgetEur = budgetEur;
	}

	public Integer getMinIndependentFlemishEnterprises() {
		return minIndependentFlemishEnterprises;
	}

	public void setMinIndependentFlemishEnterprises(Integer minIndependentFlemishEnterprises) {
		this.minIndependentFlemishEnterprises = minIndependentFlemishEnterprises;
	}

	public Integer getMinRtos() {
		return minRtos;
	}

	public void setMinRtos(Integer minRtos) {
		this.minRtos = minRtos;
	}

	public boolean isEnterpriseMustCoordinate() {
		return enterpriseMustCoordinate;
	}

	public void setEnterpriseMustCoordinate(boolean enterpriseMustCoordinate) {
		this.enterpriseMustCoordinate = enterpriseMustCoordinate;
	}

	public boolean isUniversityRequiredWithStrategicResearchCentre() {
		return universityRequiredWithStrategicResearchCentre;
	}

	public void setUniversityRequiredWithStrategicResearchCentre(boolean universityRequired) {
		this.universityRequiredWithStrategicResearchCentre = universityRequired;
	}

	public boolean isResearchShareLimited() {
		return researchShareLimited;
	}

	public void setResearchShareLimited(boolean researchShareLimited) {
		this.researchShareLimited = researchShareLimited;
	}

	public BigDecimal getMaxResearchSharePercent() {
		return maxResearchSharePercent;
	}

	public void setMaxResearchSharePercent(BigDecimal maxResearchSharePercent) {
		this.maxResearchSharePercent = maxResearchSharePercent;
	}

	public boolean isEnterpriseBudgetMinimum() {
		return enterpriseBudgetMinimum;
	}

	public void setEnterpriseBudgetMinimum(boolean enterpriseBudgetMinimum) {
		this.enterpriseBudgetMinimum = enterpriseBudgetMinimum;
	}

	public BigDecimal getMinEnterpriseBudgetEur() {
		return minEnterpriseBudgetEur;
	}

	public void setMinEnterpriseBudgetEur(BigDecimal minEnterpriseBudgetEur) {
		this.minEnterpriseBudgetEur = minEnterpriseBudgetEur;
	}

	public boolean isEnterpriseBudgetMaximum() {
		return enterpriseBudgetMaximum;
	}

	public void setEnterpriseBudgetMaximum(boolean enterpriseBudgetMaximum) {
		this.enterpriseBudgetMaximum = enterpriseBudgetMaximum;
	}

	public BigDecimal getMaxEnterpriseBudgetEur() {
		return maxEnterpriseBudgetEur;
	}

	public void setMaxEnterpriseBudgetEur(BigDecimal maxEnterpriseBudgetEur) {
		this.maxEnterpriseBudgetEur = maxEnterpriseBudgetEur;
	}

	public Integer getReviewersPerProposal() {
		return reviewersPerProposal;
	}

	public void setReviewersPerProposal(Integer reviewersPerProposal) {
		this.reviewersPerProposal = reviewersPerProposal;
	}

	public Integer getMaxProposalsPerReviewer() {
		return maxProposalsPerReviewer;
	}

	public void setMaxProposalsPerReviewer(Integer maxProposalsPerReviewer) {
		this.maxProposalsPerReviewer = maxProposalsPerReviewer;
	}

	public BigDecimal getTotalThreshold() {
		return totalThreshold;
	}

	public void setTotalThreshold(BigDecimal totalThreshold) {
		this.totalThreshold = totalThreshold;
	}

	public Integer getAbstractMaxLength() {
		return abstractMaxLength;
	}

	public void setAbstractMaxLength(Integer abstractMaxLength) {
		this.abstractMaxLength = abstractMaxLength;
	}

	public List<GoalLine> getGoals() {
		return goals;
	}

	public void setGoals(List<GoalLine> goals) {
		this.goals = goals == null ? new ArrayList<>() : goals;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
