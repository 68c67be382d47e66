package health.flanders.portal.call.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

class EligibilityRuleTests {

	// Valid Belgian enterprise numbers (97 minus the first eight digits mod 97).
	static final String ACME = "0403000059";

	static final String BOLT = "0411000084";

	static final String CURA = "0412000075";

	static final String DYNA = "0413000066";

	static final String EXTRA = "0414000057";

	@Test
	void threeFlemishEnterprisesAndAUniversityMakeAnEligibleConsortium() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.rtos()).isEqualTo(1);
		assertThat(result.reasons()).isEmpty();
	}

	// Independence

	@Test
	void enterprisesOfOneCorporateGroupCountOnce() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup("Janssen").coordinating(),
				enterprise("Bolt BV", BOLT).inGroup(" janssen "), enterprise("Cura NV", CURA),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::code)
			.containsExactly("eligibility.reason.same-group", "eligibility.reason.too-few-enterprises");
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("Acme NV, Bolt BV belong to the same group (Janssen) and count once.",
					"The consortium counts 2 independent Flemish enterprise(s); the call asks for at least 3.");
		assertThat(result.reasons()).extracting(Reason::blocking).containsExactly(false, true);
	}

	@Test
	void aGroupCountedOnceStillLeavesAConsortiumEligibleWhenEnoughOthersRemain() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup("Janssen").coordinating(),
				enterprise("Bolt BV", BOLT).inGroup("Janssen"), enterprise("Cura NV", CURA).inGroup("Janssen"),
				enterprise("Dyna NV", DYNA).inGroup("Barco"), enterprise("Extra BV", EXTRA),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("Acme NV, Bolt BV, Cura NV belong to the same group (Janssen) and count once.");
	}

	@Test
	void onlyTheFlemishMembersOfAGroupAreNamed() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup("Janssen").coordinating(),
				enterprise("Janssen Brussels", BOLT).inGroup("Janssen").at("BE", "1000"), enterprise("Cura NV", CURA),
				enterprise("Dyna NV", DYNA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(reasonNames(result)).containsExactly("in-brussels");
	}

	// Flemish

	@Test
	void anEnterpriseInBrusselsDoesNotCountAsFlemish() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Brucorp", CURA).at("BE", "1000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly(
					"Brucorp has its address in the Brussels-Capital Region (1000) and does not count as a Flemish enterprise.",
					"The consortium counts 2 independent Flemish enterprise(s); the call asks for at least 3.");
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			BE | 1000 | in-brussels     | Outsider NV has its address in the Brussels-Capital Region (1000) and does not count as a Flemish enterprise.
			BE | 1299 | in-brussels     | Outsider NV has its address in the Brussels-Capital Region (1299) and does not count as a Flemish enterprise.
			BE | 1300 | in-wallonia     | Outsider NV has its address in the Walloon Region (1300) and does not count as a Flemish enterprise.
			BE | 1499 | in-wallonia     | Outsider NV has its address in the Walloon Region (1499) and does not count as a Flemish enterprise.
			BE | 4000 | in-wallonia     | Outsider NV has its address in the Walloon Region (4000) and does not count as a Flemish enterprise.
			BE | 7999 | in-wallonia     | Outsider NV has its address in the Walloon Region (7999) and does not count as a Flemish enterprise.
			NL | 3000 | abroad          | Outsider NV is not in Belgium (NL) and does not count as a Flemish enterprise.
			de | 9000 | abroad          | Outsider NV is not in Belgium (DE) and does not count as a Flemish enterprise.
			BE | 0999 | unknown-address | The address of Outsider NV does not show a Belgian region, so it does not count as a Flemish enterprise.
			BE | 3OOO | unknown-address | The address of Outsider NV does not show a Belgian region, so it does not count as a Flemish enterprise.
			""")
	void anEnterpriseOutsideTheFlemishRegionIsNotCountedAndTheReasonSaysWhere(String country, String postalCode,
			String reason, String message) {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA),
				enterprise("Outsider NV", DYNA).at(country, postalCode), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.eligible()).isTrue();
		assertThat(reasonNames(result)).containsExactly(reason);
		assertThat(result.reasons().get(0).getDefaultMessage()).isEqualTo(message);
		assertThat(result.reasons().get(0).blocking()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1500", "3999", "8000", "9999" })
	void anEnterpriseJustInsideTheFlemishRegionCounts(String postalCode) {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA).at("BE", postalCode),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.reasons()).isEmpty();
	}

	// Enterprise numbers

	@ParameterizedTest
	@ValueSource(strings = { "0419052173", "0419.052.173", "BE 0419.052.173" })
	void anEnterpriseNumberCountsHoweverItIsWritten(String enterpriseNumber) {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", enterpriseNumber),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.eligible()).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void aFlemishEnterpriseWithoutAnEnterpriseNumberDoesNotCount(String enterpriseNumber) {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", enterpriseNumber),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly(
					"Cura NV has no enterprise number and does not count as an independent Flemish enterprise.",
					"The consortium counts 2 independent Flemish enterprise(s); the call asks for at least 3.");
	}

	@Test
	void aFlemishEnterpriseWithAWrongCheckDigitDoesNotCount() {
		EligibilityResult result = check(EligibilityCriteria.icon(), enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", " 0419.052.174 "),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly(
					"Cura NV has no valid enterprise number (0419.052.174 fails the check) and does not count as an independent Flemish enterprise.",
					"The consortium counts 2 independent Flemish enterprise(s); the call asks for at least 3.");
	}

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
		assertThat(result.reasons().get(0).getArguments()).containsExactly("1");
	}

	@Test
	void aCallMayAskForMoreRtos() {
		EligibilityCriteria twoRtos = new EligibilityCriteria(3, 2, true, true, new BigDecimal("0.40"),
				new BigDecimal("100000"), new BigDecimal("3000000"));

		EligibilityResult result = check(twoRtos, enterprise("Acme NV", ACME).coordinating(),
				enterprise("Bolt BV", BOLT), enterprise("Cura NV", CURA), rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("The consortium counts 1 research and technology organisation(s); the call asks for at least 2.");
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
			.containsExactly("The research partners request 40.1% of the budget; at most 40% is allowed.");
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

	// Every reason at once

	@Test
	void aConsortiumBreakingSeveralRulesIsToldEveryReasonAtOnce() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Brucorp", ACME).at("BE", "1000").requesting("20000"),
				enterprise("Alpha NV", BOLT).inGroup("Janssen").requesting("30000"),
				enterprise("Beta BV", CURA).inGroup("Janssen").requesting("30000"),
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
			.contains("The consortium counts 1 independent Flemish enterprise(s); the call asks for at least 3.",
					"The research partners request 66.7% of the budget; at most 40% is allowed.",
					"The enterprises request EUR 90,000.00 together; the call asks for at least EUR 100,000.00.");
	}

	@Test
	void anEmptyConsortiumIsToldWhatItLacks() {
		EligibilityResult result = EligibilityRule.check(EligibilityCriteria.icon(), List.of());

		assertThat(result.eligible()).isFalse();
		assertThat(reasonNames(result)).containsExactly("too-few-enterprises", "no-rto", "no-coordinator");
		assertThat(result.reasons().get(0).getDefaultMessage())
			.isEqualTo("The consortium counts 0 independent Flemish enterprise(s); the call asks for at least 3.");
	}

	private static EligibilityResult check(EligibilityCriteria criteria, Member... members) {
		return EligibilityRule.check(criteria, Arrays.stream(members).map(Member::toCandidate).toList());
	}

	/** The reason codes without their common {@code eligibility.reason.} prefix. */
	private static List<String> reasonNames(EligibilityResult result) {
		return result.reasons().stream().map(reason -> reason.code().replaceFirst("^eligibility\\.reason\\.", "")).toList();
	}

	/** A Flemish enterprise in Gent requesting EUR 200,000. */
	private static Member enterprise(String name, String enterpriseNumber) {
		return member(name, OrganisationType.ENTERPRISE).number(enterpriseNumber).requesting("200000");
	}

	/** A research organisation in Leuven requesting EUR 300,000. */
	private static Member rto(String name, ResearchKind kind) {
		return member(name, OrganisationType.RTO).kind(kind).at("BE", "3000").requesting("300000");
	}

	private static Member hospital(String name) {
		return member(name, OrganisationType.HOSPITAL);
	}

	/** A member in Gent, Belgium, requesting nothing. */
	private static Member member(String name, OrganisationType type) {
		return new Member(name, type);
	}

	/** Builds one {@link ConsortiumCandidate}, so that each test states only what matters to it. */
	private static final class Member {

		private final String name;

		private final OrganisationType type;

		private ResearchKind researchKind;

		private String corporateGroup;

		private String country = "BE";

		private String postalCode = "9000";

		private String enterpriseNumber;

		private boolean coordinator;

		private BigDecimal requestedBudgetEur = BigDecimal.ZERO;

		Member(String name, OrganisationType type) {
			this.name = name;
			this.type = type;
		}

		Member at(String country, String postalCode) {
			this.country = country;
			this.postalCode = postalCode;
			return this;
		}

		Member kind(ResearchKind researchKind) {
			this.researchKind = researchKind;
			return this;
		}

		Member inGroup(String corporateGroup) {
			this.corporateGroup = corporateGroup;
			return this;
		}

		Member number(String enterpriseNumber) {
			this.enterpriseNumber = enterpriseNumber;
			return this;
		}

		Member coordinating() {
			this.coordinator = true;
			return this;
		}

		Member requesting(String euros) {
			this.requestedBudgetEur = euros == null ? null : new BigDecimal(euros);
			return this;
		}

		ConsortiumCandidate toCandidate() {
			return new ConsortiumCandidate(name, type, researchKind, corporateGroup, country, postalCode,
					enterpriseNumber, coordinator, requestedBudgetEur);
		}
	}
}
