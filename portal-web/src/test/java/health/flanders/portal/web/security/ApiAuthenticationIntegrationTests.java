package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The API answers a stranger and a person without the right with an RFC 9457 problem body (401, 403, or 404 for a
 * row that is not theirs), never with the redirect to the HTML sign-in page that pages give.
 */
@PortalIntegrationTest
class ApiAuthenticationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	/** Every GET of the API that the access table does not open to the public, with its ids filled in. */
	private static List<String> protectedApiGets() {
		return EveryUrlAccessIntegrationTests.RULES.entrySet()
			.stream()
			.filter(rule -> rule.getKey().startsWith("GET /api/"))
			.filter(rule -> rule.getValue() != EveryUrlAccessIntegrationTests.Access.PUBLIC)
			.map(Map.Entry::getKey)
			.map(rule -> rule.substring("GET ".length()).replaceAll("\\{[^}]+}", "987654321"))
			.toList();
	}

	@Test
	void theAccessTableListsProtectedApiUrls() {
		assertThat(protectedApiGets()).contains("/api/v1/proposals/987654321/eligibility");
	}

	@Test
	void aStrangerGets401WithAProblemBodyOnEveryProtectedApiUrl() throws Exception {
		for (String path : protectedApiGets()) {
			for (MediaType accept : List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL)) {
				refusal(mvc.perform(get(path).accept(accept)), 401, path).andExpect(
						jsonPath("$.title").value("Not signed in"));
			}
		}
	}

	@Test
	void anUnmappedApiUrlAlsoAnswers401ToAStranger() throws Exception {
		refusal(mvc.perform(get("/api/v1/nothing-here").accept(MediaType.APPLICATION_JSON)), 401,
				"/api/v1/nothing-here");
	}

	@Test
	void theProblemIsInTheReadersLanguage() throws Exception {
		String path = "/api/v1/proposals/987654321/eligibility";
		refusal(mvc.perform(get(path).header("Accept-Language", "nl-BE")), 401, path)
			.andExpect(header().string("Content-Language", "nl"))
			.andExpect(jsonPath("$.title").value("Niet aangemeld"));
	}

	@Test
	void aSignedInPersonWithoutTheRoleGets403WithAProblemBody() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		for (String path : protectedApiGets()) {
			refusal(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(signedIn(reviewer))), 403, path)
				.andExpect(jsonPath("$.title").value("Not allowed"));
		}
	}

	@Test
	void aProposalThatIsNotTheirsAnswers404WithAProblemBody() throws Exception {
		Call call = data.openCall();
		Proposal draft = data.completeProposal(call, data.user(Role.APPLICANT), "API");
		String path = "/api/v1/proposals/" + draft.getId() + "/eligibility";
		for (PortalUser other : List.of(data.user(Role.APPLICANT), data.user(Role.STAFF))) {
			problem(mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(signedIn(other))), 404, path);
		}
	}

	@Test
	void itsOwnApplicantStillReadsTheEligibility() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal draft = data.completeProposal(data.openCall(), applicant, "API");
		mvc.perform(get("/api/v1/proposals/" + draft.getId() + "/eligibility").accept(MediaType.APPLICATION_JSON)
			.with(signedIn(applicant)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").isBoolean());
	}

	@Test
	void aPageStillSendsAStrangerToSignInWhateverItAccepts() throws Exception {
		for (MediaType accept : List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)) {
			mvc.perform(get("/proposals").accept(accept).header("X-Requested-With", "XMLHttpRequest"))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void aPageStillShowsThe403PageToAPersonWithoutTheRole() throws Exception {
		mvc.perform(get("/staff/organisations").accept(MediaType.APPLICATION_JSON)
			.with(signedIn(data.user(Role.APPLICANT))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("\"status\""))));
	}

	/** Security's own refusal: a problem body that also names its type. */
	private ResultActions refusal(ResultActions result, int status, String path) throws Exception {
		return problem(result, status, path).andExpect(jsonPath("$.type").value("about:blank"));
	}

	/** An RFC 9457 problem body with this status, and no redirect. */
	private ResultActions problem(ResultActions result, int status, String path) throws Exception {
		return result.andExpect(status().is(status))
			.andExpect(header().doesNotExist("Location"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(status))
			.andExpect(jsonPath("$.title").isNotEmpty())
			.andExpect(jsonPath("$.detail").isNotEmpty())
			.andExpect(jsonPath("$.instance").value(path));
	}

	private RequestPostProcessor signedIn(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
