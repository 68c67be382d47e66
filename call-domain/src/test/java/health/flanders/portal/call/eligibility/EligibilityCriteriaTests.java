package health.flanders.portal.call.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EligibilityCriteriaTests {

	@Test
	void thePilotCallAsksForThreeEnterprisesAndOneRtoWithEveryFurtherRuleOn() {
		EligibilityCriteria icon = EligibilityCriteria.icon();

		assertThat(icon.minIndependentFlemishEnterprises()).isEqualTo(3);
		assertThat(icon.minRtos()).isEqualTo(1);
		assertThat(icon.enterpriseMustCoordinate()).isTrue();
		assertThat(icon.universityRequiredWithStrategicResearchCentre()).isTrue();
		assertThat(icon.maxResearchBudgetShare()).isEqualByComparingTo("0.40");
		assertThat(icon.minEnterpriseBudgetEur()).isEqualByComparingTo("100000");
		assertThat(icon.maxEnterpriseBudgetEur()).isEqualByComparingTo("3000000");
	}

	@Test
	void aCallMaySwitchTheFurtherRulesOff() {
		EligibilityCriteria criteria = new EligibilityCriteria(2, 0, false, false, null, null, null);

		assertThat(criteria.minIndependentFlemishEnterprises()).isEqualTo(2);
		assertThat(criteria.minRtos()).isZero();
		assertThat(criteria.enterpriseMustCoordinate()).isFalse();
		assertThat(criteria.universityRequiredWithStrategicResearchCentre()).isFalse();
		assertThat(criteria.maxResearchBudgetShare()).isNull();
		assertThat(criteria.minEnterpriseBudgetEur()).isNull();
		assertThat(criteria.maxEnterpriseBudgetEur()).isNull();
	}

	@Test
	void aMinimumCannotBeNegative() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EligibilityCriteria(-1, 1, true, true, BigDecimal.ONE, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EligibilityCriteria(3, -1, true, true, BigDecimal.ONE, null, null));
	}
}
