package health.flanders.portal.call.eligibility;

import static health.flanders.portal.call.eligibility.Consortium.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

/** The ICON eligibility rule as a whole: an eligible consortium, and every reason at once. */
class EligibilityRuleTests {

	@Test
	void threeFlemishEnterprisesAndAUniversityMakeAnEligibleConsortium() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.rtos()).isEqualTo(1);
		assertThat(result.reasons()).isEmpty();
	}

	// Every reason at once

	@Test
	void aConsortiumBreakingSeveralRulesIsToldEveryReasonAtOnce() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Brucorp", ACME).at("BE", "1000").requesting("20000"),
				enterprise("Alpha NV", BOLT).inGroup(JANSSEN, "Janssen").requesting("30000"),
				enterprise("Beta BV", CURA).inGroup(JANSSEN, "Janssen").requesting("30000"),
				enterprise("Wrongnum NV", "0419.052.174").requesting("10000"),
				hospital("UZ Gent").coordinating().requesting("10000"),
				member("Patiëntenvereniging", OrganisationType.OTHER).requesting("0"),
				rto("imec", ResearchKind.STRATEGIC_RESEARCH_CENTRE).requesting("200000"));

		assertThat(result.eligible()).isFalse();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(1);
		assertThat(result.rtos()).isEqualTo(1);
		assertThat(reasonNames(result)).containsExactly("in-brussels", "invalid-enterprise-number", "same-group",
				"hospital-counts-neither", "other-counts-neither", "too-few-enterprises", "coordinator-not-enterprise",
				"only-strategic-research-centres", "research-share-too-high", "enterprise-budget-too-low");
		assertThat(result.blockingReasons()).extracting(Reason::code)
			.containsExactly("eligibility.reason.too-few-enterprises", "eligibility.reason.coordinator-not-enterprise",
					"eligibility.reason.only-strategic-research-centres", "eligibility.reason.research-share-too-high",
					"eligibility.reason.enterprise-budget-too-low");
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.contains("The consortium counts one independent Flemish enterprise; the call asks for at least 3.",
					"The research partners request 66.67% of the budget; at most 40% is allowed.",
					"The enterprises request EUR 90,000.00 together; the call asks for at least EUR 100,000.00.");
	}

	@Test
	void anEmptyConsortiumIsToldWhatItLacks() {
		EligibilityResult result = EligibilityRule.check(EligibilityCriteria.icon(), List.of());

		assertThat(result.eligible()).isFalse();
		assertThat(reasonNames(result)).containsExactly("too-few-enterprises", "no-rto", "no-coordinator",
				"enterprise-budget-too-low");
		assertThat(result.reasons().get(0).getDefaultMessage())
			.isEqualTo("The consortium counts no independent Flemish enterprise; the call asks for at least 3.");
	}
}
