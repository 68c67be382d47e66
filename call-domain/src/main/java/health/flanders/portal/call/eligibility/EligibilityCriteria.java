package health.flanders.portal.call.eligibility;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The eligibility settings of one call. The numbers belong to the call, not to the code: a call may ask for other
 * minimums or switch a rule off (a {@code null} limit is no limit).
 */
@Embeddable
public class EligibilityCriteria {

	@Column(name = "min_independent_flemish_enterprises", nullable = false)
	private int minIndependentFlemishEnterprises;

	@Column(name = "min_rtos", nullable = false)
	private int minRtos;

	@Column(name = "enterprise_must_coordinate", nullable = false)
	private boolean enterpriseMustCoordinate;

	@Column(name = "university_required_with_src", nullable = false)
	private boolean universityRequiredWithStrategicResearchCentre;

	@Column(name = "max_research_budget_share", precision = 5, scale = 4)
	private BigDecimal maxResearchBudgetShare;

	@Column(name = "min_enterprise_budget_eur", precision = 14, scale = 2)
	private BigDecimal minEnterpriseBudgetEur;

	@Column(name = "max_enterprise_budget_eur", precision = 14, scale = 2)
	private BigDecimal maxEnterpriseBudgetEur;

	protected EligibilityCriteria() {
	}

	public EligibilityCriteria(int minIndependentFlemishEnterprises, int minRtos, boolean enterpriseMustCoordinate,
			boolean universityRequiredWithStrategicResearchCentre, BigDecimal maxResearchBudgetShare,
			BigDecimal minEnterpriseBudgetEur, BigDecimal maxEnterpriseBudgetEur) {
		if (minIndependentFlemishEnterprises < 0 || minRtos < 0) {
			throw new IllegalArgumentException("Minimums cannot be negative");
		}
		this.minIndependentFlemishEnterprises = minIndependentFlemishEnterprises;
		this.minRtos = minRtos;
		this.enterpriseMustCoordinate = enterpriseMustCoordinate;
		this.universityRequiredWithStrategicResearchCentre = universityRequiredWithStrategicResearchCentre;
		this.maxResearchBudgetShare = maxResearchBudgetShare;
		this.minEnterpriseBudgetEur = minEnterpriseBudgetEur;
		this.maxEnterpriseBudgetEur = maxEnterpriseBudgetEur;
	}

	/** The settings of the pilot call: 3 enterprises, 1 RTO, and every further rule on with its pilot values. */
	public static EligibilityCriteria icon() {
		return new EligibilityCriteria(3, 1, true, true, new BigDecimal("0.40"), new BigDecimal("100000.00"),
				new BigDecimal("3000000.00"));
	}

	/** The same settings, as a value of its own (an embedded value belongs to one entity). */
	public EligibilityCriteria copy() {
		return new EligibilityCriteria(minIndependentFlemishEnterprises, minRtos, enterpriseMustCoordinate,
				universityRequiredWithStrategicResearchCentre, maxResearchBudgetShare, minEnterpriseBudgetEur,
				maxEnterpriseBudgetEur);
	}

	public int minIndependentFlemishEnterprises() {
		return minIndependentFlemishEnterprises;
	}

	public int minRtos() {
		return minRtos;
	}

	public boolean enterpriseMustCoordinate() {
		return enterpriseMustCoordinate;
	}

	public boolean universityRequiredWithStrategicResearchCentre() {
		return universityRequiredWithStrategicResearchCentre;
	}

	public BigDecimal maxResearchBudgetShare() {
		return maxResearchBudgetShare;
	}

	public BigDecimal minEnterpriseBudgetEur() {
		return minEnterpriseBudgetEur;
	}

	public BigDecimal maxEnterpriseBudgetEur() {
		return maxEnterpriseBudgetEur;
	}
}
