package health.flanders.portal.call.partnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.eligibility.ConsortiumCandidate;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

class ConsortiumGapTests {

	private static final EligibilityCriteria ICON = EligibilityCriteria.icon();

	@Test
	void aConsortiumOfOneEnterpriseNeedsAnRtoAndTwoMoreIndependentFlemishEnterprises() {
		ConsortiumGap gap = new ConsortiumGap(ICON, List.of(enterprise("A", "0419052173", "3000", null)));

		assertThat(gap.needsRto()).isTrue();
		assertThat(gap.enterprisesMissing()).isEqualTo(2);
		assertThat(gap.closedAsRtoBy(rto("KU Leuven"))).isTrue();
		assertThat(gap.closedAsEnterpriseBy(enterprise("B", "0403170701", "9000", null))).isTrue();
		assertThat(gap.closedAsRtoBy(enterprise("B", "0403170701", "9000", null))).isFalse();
	}

	@Test
	void anEnterpriseOutsideFlandersWithoutANumberOrOfAMembersGroupClosesNoGap() {
		ConsortiumGap gap = new ConsortiumGap(ICON, List.of(enterprise("A", "0419052173", "3000", 7L)));

		assertThat(gap.closedAsEnterpriseBy(enterprise("Brussels", "0403170701", "1000", null))).isFalse();
		assertThat(gap.closedAsEnterpriseBy(enterprise("No number", null, "9000", null))).isFalse();
		assertThat(gap.closedAsEnterpriseBy(enterprise("Sister", "0403170701", "9000", 7L))).isFalse();
	}

	@Test
	void anEligibleConsortiumHasNoGapToClose() {
		ConsortiumGap gap = new ConsortiumGap(ICON, List.of(enterprise("A", "0419052173", "3000", null),
				enterprise("B", "0403170701", "9000", null), enterprise("C", "0200065765", "8000", null),
				rto("KU Leuven")));

		assertThat(gap.needsRto()).isFalse();
		assertThat(gap.enterprisesMissing()).isZero();
		assertThat(gap.closedAsRtoBy(rto("UGent"))).isFalse();
		assertThat(gap.closedAsEnterpriseBy(enterprise("D", "0417497106", "2000", null))).isFalse();
	}

	private static ConsortiumCandidate enterprise(String name, String number, String postalCode, Long group) {
		return new ConsortiumCandidate(name, OrganisationType.ENTERPRISE, null, group, group == null ? null : "Group",
				"BE", postalCode, number, false, null);
	}

	private static ConsortiumCandidate rto(String name) {
		return new ConsortiumCandidate(name, OrganisationType.RTO, ResearchKind.UNIVERSITY, null, null, "BE", "3000",
				null, false, null);
	}
}
