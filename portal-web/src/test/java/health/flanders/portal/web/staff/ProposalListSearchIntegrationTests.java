package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Staff search a call's submitted proposals by acronym, title or member, filter them by status, eligibility and goal,
 * sort them, and page through the answer without losing the search.
 */
@PortalIntegrationTest
class ProposalListSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	EligibilityOverrides overrides;

	PortalUser staff;

	Call call;

	/** Eligible, goal 1b, EUR 800,000. */
	Proposal alpha;

	/** Eligible by the check, made not eligible by staff; goal 1b, EUR 800,000. */
	Proposal beta;

	/** Withdrawn, never checked (so not eligible), no goal, one member "Zebrafish Labs", EUR 200,000. */
	String gammaReference;

	String zebrafish;

	@BeforeEach
	void threeProposals() {
		call = data.openCall();
		staff = data.user(Role.STAFF);
		PortalUser applicant = data.user(Role.APPLICANT);
		String unique = TestData.unique().substring(0, 4).toUpperCase();
		alpha = data.submittedProposal(call, applicant, "ALPHA" + unique);
		beta = data.submittedProposal(call, applicant, "BETA" + unique);
		overrides.override(beta.getId(), false, "The enterprises are one group.", overrides.of(beta.getId()).version(),
				staff.getId(), staff.getEmail());
		zebrafish = "Zebrafish Labs " + TestData.unique();
		Proposal gamma = data.proposal(call, applicant, "GAMMA" + unique, data.flemishEnterprise(zebrafish, null));
		gammaReference = "Z-" + TestData.unique().substring(0, 20);
		jdbc.sql("update proposals set reference = ?, status = 'WITHDRAWN', first_submitted_at = now() where id = ?")
			.params(gammaReference, gamma.getId())
			.update();
	}

	@Test
	void theTextIsFoundInTheAcronymTheTitleOrAMembersNameInAnyCase() throws Exception {
		assertThat(listed(search().param("q", alpha.getAcronym().toLowerCase()))).containsExactly(alpha.getReference());
		assertThat(listed(search().param("q", "title of " + beta.getAcronym().toLowerCase())))
			.containsExactly(beta.getReference());
		assertThat(listed(search().param("q", zebrafish.toUpperCase()))).containsExactly(gammaReference);
		assertThat(listed(search().param("q", alpha.getAcronym() + " One NV"))).containsExactly(alpha.getReference());
		// LIKE's own wildcards are taken as they are typed.
		assertThat(listed(search().param("q", "%"))).isEmpty();
		assertThat(page(search().param("q", "%"))).contains("No submitted proposal answers this search.")
			.contains("value=\"%\"");
	}

	@Test
	void theListIsFilteredByStatusEligibilityAndGoal() throws Exception {
		assertThat(listed(search().param("status", "WITHDRAWN"))).containsExactly(gammaReference);
		assertThat(listed(search().param("status", "SUBMITTED"))).containsExactly(alpha.getReference(),
				beta.getReference());
		assertThat(listed(search().param("eligibility", "eligible"))).containsExactly(alpha.getReference());
		assertThat(listed(search().param("eligibility", "not-eligible"))).containsExactly(beta.getReference(),
				gammaReference);
		assertThat(listed(search().param("eligibility", "overridden"))).containsExactly(beta.getReference());
		// Goal 1 takes in the proposals on its sub-goal 1b; goal 2 has none.
		assertThat(listed(search().param("goal", goal("1")))).containsExactly(alpha.getReference(), beta.getReference());
		assertThat(listed(search().param("goal", goal("1b")).param("eligibility", "overridden")))
			.containsExactly(beta.getReference());
		assertThat(listed(search().param("goal", goal("2")))).isEmpty();
		// The form shows what was asked.
		assertThat(page(search().param("status", "WITHDRAWN").param("eligibility", "not-eligible")).replaceAll("\\s+", " "))
			.contains("<option value=\"WITHDRAWN\" selected=\"selected\">Withdrawn</option>")
			.contains("<option value=\"not-eligible\" selected=\"selected\">Not eligible</option>");
	}

	@Test
	void theListIsSortedEitherWayWithTheHeadingSayingSo() throws Exception {
		assertThat(listed(search().param("sort", "budget"))).containsExactly(gammaReference,
				alpha.getReference(), beta.getReference());
		assertThat(listed(search().param("sort", "budget").param("dir", "desc"))).containsExactly(alpha.getReference(),
				beta.getReference(), gammaReference);
		assertThat(listed(search().param("sort", "acronym").param("dir", "desc"))).containsExactly(
				gammaReference, beta.getReference(), alpha.getReference());
		assertThat(listed(search().param("sort", "eligibility").param("dir", "desc")).get(0))
			.isEqualTo(alpha.getReference());
		assertThat(listed(search().param("sort", "reference").param("dir", "desc"))).containsExactly(
				List.of(alpha.getReference(), beta.getReference(), gammaReference)
					.stream()
					.sorted(Comparator.reverseOrder())
					.toArray(String[]::new));
		String sorted = page(search().param("sort", "budget").param("dir", "desc"));
		assertThat(sorted).contains("aria-sort=\"descending\"")
			.contains("aria-sort=\"none\"")
			// The budget's heading now offers the other way; the others start ascending.
			.contains("sort=budget\">")
			.contains("sort=acronym\">");
	}

	@Test
	void unknownChoicesCountAsNotGivenAndNeverFail() throws Exception {
		Call other = data.openCall();
		long otherGoal = jdbc.sql("select id from call_goals where call_id = ? and code = '1'").param(other.getId())
			.query(Long.class)
			.single();
		assertThat(listed(search().param("status", "NOPE")
			.param("eligibility", "maybe")
			.param("goal", "abc")
			.param("sort", "evil; drop table proposals")
			.param("dir", "sideways"))).containsExactly(alpha.getReference(), beta.getReference(), gammaReference);
		assertThat(listed(search().param("goal", Long.toString(otherGoal)))).hasSize(3);
		mvc.perform(search().param("q", "x".repeat(5000)).with(as(staff))).andExpect(status().isOk());
		mvc.perform(search().param("page", "1").with(as(staff))).andExpect(status().isBadRequest());
	}

	@Test
	void pagingKeepsTheSearchAndTheOrder() throws Exception {
		Call big = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String prefix = "K" + TestData.unique().substring(0, 10).toUpperCase();
		jdbc.sql("""
				insert into proposals (call_id, reference, acronym, status, created_by, first_submitted_at)
				select ?, ? || '-' || lpad(n::text, 4, '0'), case when n <= 55 then 'KEEP' else 'SKIP' end || n,
				       'SUBMITTED', ?, now()
				from generate_series(1, 60) n""")
			.params(big.getId(), prefix, applicant.getId())
			.update();
		String first = page(get("/staff/calls/{id}/proposals", big.getId()).param("q", "keep")
			.param("sort", "acronym")
			.param("dir", "desc"));
		assertThat(first).contains("55 proposals submitted", "Page 1 of 2")
			.contains("/staff/calls/" + big.getId() + "/proposals?q=keep&amp;sort=acronym&amp;dir=desc&amp;page=1")
			.doesNotContain("SKIP");
		List<String> second = listed(get("/staff/calls/{id}/proposals", big.getId()).param("q", "keep")
			.param("sort", "acronym")
			.param("dir", "desc")
			.param("page", "1"));
		// By acronym descending (as text: KEEP9, KEEP55, … KEEP10, KEEP1), the second page holds the last five.
		assertThat(second).containsExactly(prefix + "-0013", prefix + "-0012", prefix + "-0011", prefix + "-0010",
				prefix + "-0001");
		assertThat(page(get("/staff/calls/{id}/proposals", big.getId()).param("q", "keep").param("page", "1")))
			.contains("Page 2 of 2")
			.contains("/staff/calls/" + big.getId() + "/proposals?q=keep\"");
	}

	private MockHttpServletRequestBuilder search() {
		return get("/staff/calls/{id}/proposals", call.getId());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(staff)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The references the page lists, in its order. */
	private List<String> listed(MockHttpServletRequestBuilder request) throws Exception {
		String html = page(request);
		return Pattern.compile("<a href=\"/staff/proposals/\\d+\">([^<]+)</a>")
			.matcher(html)
			.results()
			.map(match -> match.group(1))
			.toList();
	}

	private String goal(String code) {
		return jdbc.sql("select id from call_goals where call_id = ? and code = ?")
			.params(call.getId(), code)
			.query(Long.class)
			.single()
			.toString();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
