package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.proposal.ProposalStatus;

/** The staff list's query as its parameters give it, and the links that keep it. */
class ProposalQueryTests {

	@Test
	void theParametersAreReadInAnyCaseAndUnknownOnesCountAsNotGiven() {
		ProposalQuery query = ProposalQuery.of("  gene  ", "submitted", "Not-Eligible", "12", "BUDGET", "DESC");
		assertThat(query).isEqualTo(new ProposalQuery("gene", ProposalStatus.SUBMITTED,
				ProposalQuery.Eligibility.NOT_ELIGIBLE, 12L, ProposalQuery.Sort.BUDGET, true));
		assertThat(ProposalQuery.of(" ", "NOPE", "maybe", "-3", "evil", "sideways")).isEqualTo(ProposalQuery.ALL);
		assertThat(ProposalQuery.of(null, null, null, "abc", null, null)).isEqualTo(ProposalQuery.ALL);
		assertThat(ProposalQuery.of("x".repeat(500), null, null, null, null, null).text()).hasSize(200);
	}

	@Test
	void theSearchTextIsALikePatternWithItsWildcardsTakenLiterally() {
		assertThat(ProposalQuery.of("50%_A\\B", null, null, null, null, null).likePattern())
			.isEqualTo("%50\\%\\_a\\\\b%");
	}

	@Test
	void pageLinksKeepTheQueryAndLeaveOutWhatIsNotGiven() {
		ProposalQuery query = ProposalQuery.of("gène & co", "WITHDRAWN", "overridden", "7", "acronym", "desc");
		assertThat(query.pageLink(3, 2)).isEqualTo("/staff/calls/3/proposals?q=g%C3%A8ne%20%26%20co&status=WITHDRAWN"
				+ "&eligibility=overridden&goal=7&sort=acronym&dir=desc&page=2");
		assertThat(ProposalQuery.ALL.pageLink(3, 0)).isEqualTo("/staff/calls/3/proposals");
	}

	@Test
	void aColumnsHeadingSaysHowTheListIsSortedAndOffersTheOtherWay() {
		ProposalQuery byBudget = ProposalQuery.of(null, null, null, null, "budget", null);
		assertThat(byBudget.ariaSort("budget")).isEqualTo("ascending");
		assertThat(byBudget.ariaSort("reference")).isEqualTo("none");
		assertThat(byBudget.sortLink(3, "budget")).isEqualTo("/staff/calls/3/proposals?sort=budget&dir=desc");
		assertThat(byBudget.sortLink(3, "reference")).isEqualTo("/staff/calls/3/proposals");
		ProposalQuery byBudgetDown = ProposalQuery.of(null, null, null, null, "budget", "desc");
		assertThat(byBudgetDown.ariaSort("budget")).isEqualTo("descending");
		assertThat(byBudgetDown.sortLink(3, "budget")).isEqualTo("/staff/calls/3/proposals?sort=budget");
		assertThat(ProposalQuery.ALL.sortLink(3, "reference")).isEqualTo("/staff/calls/3/proposals?sort=reference&dir=desc");
	}
}
