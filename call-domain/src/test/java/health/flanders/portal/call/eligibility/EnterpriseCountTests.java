package health.flanders.portal.call.eligibility;

import static health.flanders.portal.call.eligibility.Consortium.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import health.flanders.portal.call.organisation.ResearchKind;

/** Which enterprises count towards the minimum: independent of each other, in the Flemish Region, with a valid enterprise number. */
class EnterpriseCountTests {

	// Independence

	@Test
	void enterprisesOfOneCorporateGroupCountOnce() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup(JANSSEN, "Janssen").coordinating(),
				enterprise("Bolt BV", BOLT).inGroup(JANSSEN, "Janssen"), enterprise("Cura NV", CURA),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isFalse();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(2);
		assertThat(result.reasons()).extracting(Reason::code)
			.containsExactly("eligibility.reason.same-group", "eligibility.reason.too-few-enterprises");
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("Acme NV, Bolt BV belong to the same group (Janssen) and count once.",
					"The consortium counts 2 independent Flemish enterprises; the call asks for at least 3.");
		assertThat(result.reasons()).extracting(Reason::blocking).containsExactly(false, true);
	}

	@Test
	void enterprisesOfDifferentGroupsAreIndependentOfEachOther() {
		// Groups are compared by their registry entry; the registry makes "Acme Group" and "acme  group" one entry
		// (CorporateGroupsTests).
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup(ACME_GROUP, "Acme Group").coordinating(),
				enterprise("Bolt BV", BOLT).inGroup(JANSSEN, "Janssen"), enterprise("Cura NV", CURA),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(reasonNames(result)).doesNotContain("same-group");
	}

	@Test
	void aGroupCountedOnceStillLeavesAConsortiumEligibleWhenEnoughOthersRemain() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup(JANSSEN, "Janssen").coordinating(),
				enterprise("Bolt BV", BOLT).inGroup(JANSSEN, "Janssen"), enterprise("Cura NV", CURA).inGroup(JANSSEN, "Janssen"),
				enterprise("Dyna NV", DYNA).inGroup(BARCO, "Barco"), enterprise("Extra BV", EXTRA),
				rto("KU Leuven", ResearchKind.UNIVERSITY));

		assertThat(result.eligible()).isTrue();
		assertThat(result.independentFlemishEnterprises()).isEqualTo(3);
		assertThat(result.reasons()).extracting(Reason::getDefaultMessage)
			.containsExactly("Acme NV, Bolt BV, Cura NV belong to the same group (Janssen) and count once.");
	}

	@Test
	void onlyTheFlemishMembersOfAGroupAreNamed() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).inGroup(JANSSEN, "Janssen").coordinating(),
				enterprise("Janssen Brussels", BOLT).inGroup(JANSSEN, "Janssen").at("BE", "1000"), enterprise("Cura NV", CURA),
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
					"The consortium counts 2 independent Flemish enterprises; the call asks for at least 3.");
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
					"The consortium counts 2 independent Flemish enterprises; the call asks for at least 3.");
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
					"The consortium counts 2 independent Flemish enterprises; the call asks for at least 3.");
	}
}
