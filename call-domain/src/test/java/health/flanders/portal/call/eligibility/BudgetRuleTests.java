package health.flanders.portal.call.eligibility;

import static health.flanders.portal.call.eligibility.Consortium.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import health.flanders.portal.call.organisation.ResearchKind;

/** The budget rules: the research partners' share and the enterprises' total. */
class BudgetRuleTests {

	// Budgets

	@Test
	void theResearchPartnersMayRequestExactlyFortyPercent() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("200000"),
				enterprise("Bolt BV", BOLT).requesting("200000"), enterprise("Cura NV", CURA).requesting("200000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("400000"));

		assertThat(result.eligible()).isTrue();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void theResearchPartnersMayNotRequestMoreThanFortyPercent() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("110000"),
				enterprise("Bolt BV", BOLT).requesting("110000"), enterprise("Cura NV", CURA).requesting("110000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("270000"));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The research partners request 45% of the budget; at most 40% is allowed.");
	}

	@Test
	void aShareJustOverTheLimitDoesNotReadAsTheLimitItself() {
		// 400,400 of 1,000,000 is 40.04%: refused, so the sentence must not say "40%; at most 40%".
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("200000"),
				enterprise("Bolt BV", BOLT).requesting("200000"), enterprise("Cura NV", CURA).requesting("199600"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("400400"));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The research partners request 40.04% of the budget; at most 40% is allowed.");
	}

	@Test
	void aShareIsWrittenInHundredthsRoundedAwayFromTheLimit() {
		// 400,010 of 1,000,000 is 40.001%: written 40.01%, neither 40% nor 40.1%.
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("200000"),
				enterprise("Bolt BV", BOLT).requesting("200000"), enterprise("Cura NV", CURA).requesting("199990"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("400010"));

		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The research partners request 40.01% of the budget; at most 40% is allowed.");
	}

	@Test
	void theResearchShareIsTakenOfEveryMembersBudget() {
		// 270,000 of 600,000 would be 45%; the hospital's 75,000 makes the project 675,000 and the share 40%.
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("110000"),
				enterprise("Bolt BV", BOLT).requesting("110000"), enterprise("Cura NV", CURA).requesting("110000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("270000"), hospital("UZ Gent").requesting("75000"));

		assertThat(result.eligible()).isTrue();
		assertThat(reasonNames(result)).containsExactly("hospital-counts-neither");
	}

	@ParameterizedTest(name = "enterprises requesting {0}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			99999.99   | The enterprises request EUR 99,999.99 together; the call asks for at least EUR 100,000.00.
			100000.00  | none
			3000000.00 | none
			3000000.01 | The enterprises request EUR 3,000,000.01 together; the call allows at most EUR 3,000,000.00.
			""")
	void theEnterprisesTogetherRequestBetweenOneHundredThousandAndThreeMillion(BigDecimal enterpriseTotal,
			String message) {
		BigDecimal acme = enterpriseTotal.subtract(new BigDecimal("20000"));

		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting(acme.toPlainString()),
				enterprise("Bolt BV", BOLT).requesting("10000"), enterprise("Cura NV", CURA).requesting("10000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("50000"));

		if (message == null) {
			assertThat(result.eligible()).isTrue();
			assertThat(result.reasons()).isEmpty();
		}
		else {
			assertThat(result.eligible()).isFalse();
			assertThat(result.reasons()).extracting(Reason::getDefaultMessage).containsExactly(message);
		}
	}

	@Test
	void enterprisesOutsideFlandersCountTowardsTheEnterpriseBudget() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("30000"),
				enterprise("Bolt BV", BOLT).requesting("30000"), enterprise("Cura NV", CURA).requesting("30000"),
				enterprise("Brucorp", DYNA).at("BE", "1000").requesting("20000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("50000"));

		assertThat(result.eligible()).isTrue();
		assertThat(reasonNames(result)).containsExactly("in-brussels");
	}

	@Test
	void missingBudgetsAreNamedAndTheBudgetRulesWaitForThem() {
		// With Bolt's and KU Leuven's budgets unknown, neither the share nor the enterprise total can be judged.
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("10"), enterprise("Bolt BV", BOLT).requesting(null),
				enterprise("Cura NV", CURA).requesting("10"), rto("KU Leuven", ResearchKind.UNIVERSITY).requesting(null));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The requested budget of Bolt BV, KU Leuven is not given yet.");
	}

	@Test
	void withoutBudgetRulesNoBudgetIsNeeded() {
		EligibilityCriteria noBudgetRules = new EligibilityCriteria(3, 1, true, true, null, null, null);

		EligibilityResult result = check(noBudgetRules, enterprise("Acme NV", ACME).coordinating().requesting(null),
				enterprise("Bolt BV", BOLT).requesting(null), enterprise("Cura NV", CURA).requesting("5000000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting(null));

		assertThat(result.eligible()).isTrue();
		assertThat(result.reasons()).isEmpty();
	}
}
