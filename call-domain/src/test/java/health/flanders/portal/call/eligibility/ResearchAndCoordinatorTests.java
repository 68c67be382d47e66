package health.flanders.portal.call.eligibility;

import static health.flanders.portal.call.eligibility.Consortium.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

/** The research and technology organisations a consortium needs, strategic research centres, and who may coordinate. */
class ResearchAndCoordinatorTests {

	// Research and technology organisations

	@Test
	void aConsortiumWithoutAnRtoIsIneligible() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA));

		assertThat(result.eligible()).isFalse();
		assertThat(result.rtos()).isZero();
		assertThat(result.reasons()).extracting(Reason::code).containsExactly("eligibility.reason.no-rto");
		assertThat(result.reasons().get(0).getDefaultMessage())
			.isEqualTo("The consortium has no research and technology organisation (RTO); the call asks for at least 1.");
		assertThat(result.reasons().get(0).getArguments()).containsExactly(1);
	}

	@Test
	void aCallMayAskForMoreRtos() {
		EligibilityCriteria twoRtos = new EligibilityCriteria(3, 2, true, true, new BigDecimal("0.40"),
				new BigDecimal("100000"), new BigDecimal("3000000"));

		EligibilityResult result = check(twoRtos, enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The consortium counts one research and technology organisation; the call asks for at least 2.");
	}

	@Test
	void anRtoCountsWhereverItIs() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("Maastricht University", ResearchKind.UNIVERSITY).at("NL", "6211"));

		assertThat(result.eligible()).isTrue();
		assertThat(result.rtos()).isEqualTo(1);
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void hospitalsAndOtherBodiesCountAsNeitherEnterpriseNorRto() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), hospital("UZ Gent").number(CURA),
				member("Patiëntenvereniging", OrganisationType.OTHER).number(DYNA));

		assertThat(result.eligible()).isFalse();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.rtos()).isZero();
		assertThat(reasonNames(result)).containsExactly("hospital-counts-neither", "other-counts-neither",
				"too-few-enterprises", "no-rto");
		assertThat(result.reasons().get(0).getDefaultMessage())
			.isEqualTo("UZ Gent is a hospital and counts neither as an enterprise nor as a research organisation.");
		assertThat(result.reasons().get(1).getDefaultMessage())
			.isEqualTo("Patiëntenvereniging counts neither as an enterprise nor as a research organisation.");
		assertThat(result.blockingReasons()).extracting(Reason::code)
			.containsExactly("eligibility.reason.too-few-enterprises", "eligibility.reason.no-rto");
	}

	// Coordinator

	@Test
	void aConsortiumWithoutACoordinatorIsIneligible() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("No member is marked as coordinator; a company must coordinate the project.");
	}

	@Test
	void anRtoMayNotCoordinate() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("KU Leuven", ResearchKind.UNIVERSITY).coordinating());

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The coordinator, KU Leuven, is not an enterprise; a company must coordinate the project.");
	}

	@Test
	void aHospitalMayNotCoordinate() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY),
				hospital("UZ Leuven").coordinating());

		assertThat(reasonNames(result)).containsExactly("hospital-counts-neither", "coordinator-not-enterprise");
	}

	@Test
	void anEnterpriseOutsideFlandersMayCoordinate() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				enterprise("Brucorp", DYNA).at("BE", "1000").coordinating(), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(reasonNames(result)).containsExactly("in-brussels");
	}

	@Test
	void aCallMayLetAnyMemberCoordinate() {
		EligibilityCriteria anyCoordinator = new EligibilityCriteria(3, 1, false, true, new BigDecimal("0.40"),
				new BigDecimal("100000"), new BigDecimal("3000000"));

		assertThat(check(anyCoordinator, enterprise("Acme NV", ACME), enterprise("Bolt BV", BOLT),
				enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY).coordinating())
			.eligible()).isTrue();
		assertThat(check(anyCoordinator, enterprise("Acme NV", ACME), enterprise("Bolt BV", BOLT),
				enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY))
			.eligible()).isTrue();
	}

	// Strategic research centres

	@Test
	void strategicResearchCentresAloneAreNotEnough() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("imec", ResearchKind.STRATEGIC_RESEARCH_CENTRE).requesting("150000"),
				rto("VITO", ResearchKind.STRATEGIC_RESEARCH_CENTRE).requesting("150000"));

		assertThat(result.eligible()).isFalse();
		assertThat(result.rtos()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("Every research partner is a strategic research centre (imec, VITO); "
					+ "at least one university or university college must join as well.");
	}

	@ParameterizedTest
	@EnumSource(value = ResearchKind.class, names = { "UNIVERSITY", "UNIVERSITY_COLLEGE" })
	void aStrategicResearchCentreWithAnAcademicPartnerIsEnough(ResearchKind academic) {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("imec", ResearchKind.STRATEGIC_RESEARCH_CENTRE).requesting("150000"),
				rto("Academic partner", academic).requesting("150000"));

		assertThat(result.eligible()).isTrue();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void theCentreRuleAppliesOnlyWhenEveryResearchPartnerIsACentre() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("imec", ResearchKind.STRATEGIC_RESEARCH_CENTRE).requesting("150000"),
				rto("Sciensano", ResearchKind.OTHER_RESEARCH).requesting("150000"));

		assertThat(result.eligible()).isTrue();
		assertThat(result.reasons()).isEmpty();
	}

	@Test
	void aCallMaySwitchTheCentreRuleOff() {
		EligibilityCriteria centresAllowed = new EligibilityCriteria(3, 1, true, false, new BigDecimal("0.40"),
				new BigDecimal("100000"), new BigDecimal("3000000"));

		EligibilityResult result = check(centresAllowed, enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				rto("imec", ResearchKind.STRATEGIC_RESEARCH_CENTRE));

		assertThat(result.eligible()).isTrue();
	}
}
