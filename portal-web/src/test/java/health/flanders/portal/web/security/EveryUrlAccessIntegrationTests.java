package health.flanders.portal.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Every URL the portal maps, for every role and for the public, answers as the access rules say. The rules are a
 * table here: a URL that is mapped but not in the table fails the build, so that no page goes live without a rule.
 * Ids in paths are ones that do not exist: an allowed person gets past security (any answer but 401, 403 or the way
 * to sign-in), a refused one does not.
 */
@PortalIntegrationTest
public class EveryUrlAccessIntegrationTests {

	/** Who may use a URL. */
	public enum Access {

		PUBLIC, SIGNED_IN, APPLICANT, STAFF, APPLICANT_OR_STAFF, STAFF_OR_ADMIN, REVIEWER, ADMIN

	}

	/** Who may use each mapped URL, by method and pattern; sign-in and sign-out are Spring Security's, not here. */
	public static final Map<String, Access> RULES = new LinkedHashMap<>();

	static {
		rule(Access.PUBLIC, "GET /", "GET /calls", "GET /calls/{id}", "GET /info-sessions", "GET /login",
				"GET /register", "POST /register", "GET /password/forgot", "POST /password/forgot",
				"GET /password/reset", "POST /password/reset", "GET /api/v1/calls", "GET /api/v1/calls/{id}",
				"GET /api/v1/info-sessions", "POST /api/v1/info-sessions/{id}/registrations", "GET /info-sessions.ics",
				"GET /info-sessions/{id:\\d+}", "GET /info-sessions/{id:\\d+}.ics", "POST /info-sessions/{id:\\d+}/registrations",
				"GET /info-sessions/{id:\\d+}/registered", "GET /info-sessions/registrations/cancel",
				"POST /info-sessions/registrations/cancel", "GET /info-sessions/registrations/cancelled",
				"GET /funding-programmes", "GET /connect/listing", "POST /connect/listing", "GET /connect/listing/sent", "GET /funding-programmes/suggest", "POST /funding-programmes/suggest",
				"GET /funding-programmes/suggested", "GET /v3/api-docs", "GET /v3/api-docs.yaml",
				"GET /v3/api-docs/swagger-config", "GET /swagger-ui.html", "GET /error", "POST /error",
				"PUT /error", "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error", "TRACE /error");
		rule(Access.APPLICANT, "GET /proposals", "POST /proposals", "GET /proposals/{id}", "POST /proposals/{id}",
				"GET /proposals/{id}/organisations", "POST /proposals/{id}/members", "POST /proposals/{id}/members/new",
				"POST /proposals/{id}/members/{memberId}/remove", "POST /proposals/{id}/members/{memberId}/coordinator",
				"POST /proposals/{id}/members/{memberId}/budget", "POST /proposals/{id}/invitations",
				"POST /proposals/{id}/invitations/{invitationId}/revoke", "POST /proposals/{id}/attachments",
				"GET /proposals/{id}/attachments/{attachmentId}", "POST /proposals/{id}/submit",
				"GET /proposals/{id}/receipt", "POST /proposals/{id}/reopen", "POST /proposals/{id}/withdraw");
		rule(Access.APPLICANT_OR_STAFF, "GET /api/v1/proposals/{id}/eligibility");
		rule(Access.APPLICANT, "GET /proposals/{id}/partners", "GET /proposals/{id}/partners/{organisationId}/introduce",
				"POST /proposals/{id}/partners/{organisationId}/introduce");
		rule(Access.STAFF, "GET /staff/proposals/{id}/partners",
				"GET /staff/proposals/{id}/partners/{organisationId}/introduce",
				"POST /staff/proposals/{id}/partners/{organisationId}/introduce", "POST /staff/proposals/{id}/counselling");
		rule(Access.PUBLIC, "GET /connect/introductions/{token}", "POST /connect/introductions/{token}", "GET /connect/map",
				"GET /too-large", "GET /too-many-requests");
		rule(Access.PUBLIC, "GET /receipts/public-key", "GET /receipts/verify", "POST /receipts/verify");
		rule(Access.PUBLIC, "GET /privacy", "GET /accessibility", "GET /contact", "GET /favicon.ico");
		rule(Access.PUBLIC, "GET /theme.css", "GET /theme/logo");
		rule(Access.SIGNED_IN, "GET /account", "POST /account/profile", "POST /account/password", "GET /account/data.json",
				"GET /account/close", "POST /account/close");
		rule(Access.STAFF, "GET /staff/listing-requests", "POST /staff/listing-requests/{id}/approve",
				"POST /staff/listing-requests/{id}/decline");
		rule(Access.STAFF, "GET /staff/organisations.csv", "GET /staff/organisations/import", "POST /staff/organisations/import",
				"GET /staff/organisations/import/{id}", "POST /staff/organisations/import/{id}",
				"GET /staff/organisations/import/template.csv");
		rule(Access.STAFF, "GET /staff/organisations", "POST /staff/organisations", "GET /staff/organisations/new",
				"GET /staff/organisations/{id}", "GET /staff/organisations/{id}/edit", "POST /staff/organisations/{id}",
				"POST /staff/organisations/{id}/deactivate", "POST /staff/organisations/{id}/erase-contact", "GET /staff/funding-programmes",
				"POST /staff/funding-programmes/{id}/publish", "POST /staff/funding-programmes/{id}/decline", "GET /staff/calls", "GET /staff/calls/{id}/proposals",
				"GET /staff/calls/{id}/proposals.csv", "GET /staff/calls/{id}/members.csv",
				"GET /staff/calls/{id}/members.xlsx", "GET /staff/calls/{id}/proposals.zip", "GET /staff/proposals/{id}",
				"GET /staff/proposals/{id}/attachments/{attachmentId}", "POST /staff/proposals/{id}/eligibility",
				"POST /staff/proposals/{id}/eligibility/clear");
		rule(Access.REVIEWER, "GET /reviews", "GET /reviews/{id}", "POST /reviews/{id}", "POST /reviews/{id}/declaration",
				"POST /reviews/{id}/accept", "POST /reviews/{id}/decline", "POST /reviews/{id}/undertaking",
				"GET /reviews/{id}/attachments/{attachmentId}", "GET /reviews/profile", "POST /reviews/profile",
				"POST /reviews/profile/publications/file", "POST /reviews/profile/publications/pasted",
				"POST /reviews/profile/publications/{id}/remove", "GET /reviews/profile/publications/progress");
		rule(Access.STAFF, "GET /staff/calls/{id}/evaluation", "POST /staff/calls/{id}/evaluation/settings",
				"POST /staff/calls/{id}/assignment", "POST /staff/calls/{id}/assignment/pairs",
				"POST /staff/calls/{id}/assignment/pairs/remove", "POST /staff/calls/{id}/assignment/release",
				"POST /staff/calls/{id}/pool", "POST /staff/calls/{id}/pool/{reviewerId}/remove",
				"POST /staff/calls/{id}/pool/{reviewerId}/maximum",
				"GET /staff/proposals/{id}/evaluation", "POST /staff/proposals/{id}/consensus",
				"POST /staff/proposals/{id}/conflicts", "GET /staff/calls/{id}/ranking",
				"POST /staff/calls/{id}/ranking/dropouts", "POST /staff/calls/{id}/decision",
				"GET /staff/calls/{id}/ranking.csv", "GET /staff/proposals/{id}/summary-report.pdf");
		rule(Access.APPLICANT, "GET /proposals/{id}/summary-report.pdf");
		rule(Access.ADMIN, "GET /admin/reviewers/new", "POST /admin/reviewers");
		rule(Access.STAFF_OR_ADMIN, "GET /admin/calls", "GET /admin/calls/{id}/edit",
				"GET /admin/calls/{id}/preview/{language}");
		rule(Access.ADMIN, "GET /admin/calls/new", "POST /admin/calls", "POST /admin/calls/{id}",
				"POST /admin/calls/{id}/publish", "POST /admin/calls/{id}/deadline");
		rule(Access.STAFF, "POST /staff/calls/{id}/evaluation/start");
		rule(Access.STAFF_OR_ADMIN, "GET /staff/calls/{id}");
		rule(Access.STAFF, "POST /staff/calls/{id}/evaluation/review-deadline", "GET /staff/calls/{id}/evaluation/progress");
		rule(Access.ADMIN, "GET /admin/users", "POST /admin/users", "GET /admin/users/new",
				"GET /admin/users/{id}/roles", "POST /admin/users/{id}/roles", "GET /admin/audit",
				"GET /admin/audit.csv", "GET /admin/audit/verify", "GET /admin/info-sessions", "POST /admin/info-sessions",
				"GET /admin/info-sessions/new", "GET /admin/info-sessions/{id}/edit", "POST /admin/info-sessions/{id}",
				"POST /admin/info-sessions/{id}/cancel", "GET /admin/info-sessions/{id}/attendees",
				"POST /admin/info-sessions/{id}/attendees/{registrationId}/check-in",
				"GET /admin/info-sessions/{id}/attendees.csv", "GET /admin/info-sessions/{id}/message",
				"POST /admin/info-sessions/{id}/message");
		rule(Access.ADMIN, "GET /admin/info-sessions/{id}/partnering", "POST /admin/info-sessions/{id}/partnering",
				"POST /admin/info-sessions/{id}/partnering/schedule");
		rule(Access.STAFF_OR_ADMIN, "GET /staff/info-sessions/{id}/partnering/grid",
				"GET /staff/info-sessions/{id}/partnering/cards",
				"GET /staff/info-sessions/{id}/partnering/meetings/{meetingId}/move",
				"POST /staff/info-sessions/{id}/partnering/meetings/{meetingId}/move");
		rule(Access.PUBLIC, "GET /api/v1/info-sessions/{id}/partnering/agenda.ics");
		rule(Access.SIGNED_IN, "GET /info-sessions/{id}/partnering", "GET /info-sessions/{id}/partnering/profile",
				"POST /info-sessions/{id}/partnering/profile", "GET /info-sessions/{id}/partnering/requests/new",
				"POST /info-sessions/{id}/partnering/requests",
				"POST /info-sessions/{id}/partnering/requests/{requestId}/answer",
				"POST /info-sessions/{id}/partnering/meetings/{requestId}/marks");
	}

	/**
	 * The demo's own URLs, which exist only with the {@code demo} profile: DemoMailboxBrowserTests checks them there
	 * against these rules; here, without the profile, they answer 404 to everyone.
	 */
	public static final Map<String, Access> DEMO_RULES = Map.of("GET /demo/mail", Access.ADMIN, "GET /demo/mail/{id}",
			Access.ADMIN);

	static void rule(Access access, String... endpoints) {
		for (String endpoint : endpoints) {
			RULES.put(endpoint, access);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyMappedUrlHasARule() {
		Set<String> withoutRule = new TreeSet<>(mappedEndpoints());
		withoutRule.removeAll(RULES.keySet());
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(withoutRule).as("mapped URLs without an access rule in this table").isEmpty();
		Set<String> gone = new TreeSet<>(RULES.keySet());
		gone.removeAll(mappedEndpoints());
		softly.assertThat(gone).as("rules for URLs that are no longer mapped").isEmpty();
		softly.assertAll();
	}

	@Test
	void everyUrlAnswersEveryRoleAsItsRuleSays() throws Exception {
		Map<Role, String> people = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			people.put(role, data.user(role).getEmail());
		}
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, Access> rule : RULES.entrySet()) {
			if (rule.getKey().endsWith(" /error")) {
				continue;
			}
			String method = rule.getKey().substring(0, rule.getKey().indexOf(' '));
			String path = rule.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "987654321");
			int anonymous = perform(method, path, null);
			softly.assertThat(isRefused(anonymous))
				.as("%s for the public: %s", rule.getKey(), anonymous)
				.isEqualTo(rule.getValue() != Access.PUBLIC);
			for (Role role : Role.values()) {
				int status = perform(method, path, people.get(role));
				boolean allowed = allows(rule.getValue(), role);
				softly.assertThat(isRefused(status)).as("%s for %s: %s", rule.getKey(), role, status)
					.isEqualTo(!allowed);
			}
		}
		softly.assertAll();
	}

	@Test
	void theDemoUrlsDoNotExistWithoutTheDemoProfile() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(mappedEndpoints()).noneMatch(endpoint -> endpoint.contains(" /demo/"));
		for (String endpoint : DEMO_RULES.keySet()) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(method.length() + 1).replaceAll("\\{[^}]+}", "987654321");
			softly.assertThat(perform(method, path, null)).as("%s for the public", endpoint).isEqualTo(404);
			for (Role role : Role.values()) {
				softly.assertThat(perform(method, path, data.user(role).getEmail())).as("%s for %s", endpoint, role)
					.isEqualTo(404);
			}
		}
		softly.assertAll();
	}

	/** Whether someone signed in with this role may use a URL of this access. */
	public static boolean allows(Access access, Role role) {
		return switch (access) {
			case PUBLIC, SIGNED_IN -> true;
			case APPLICANT -> role == Role.APPLICANT;
			case STAFF -> role == Role.STAFF;
			case APPLICANT_OR_STAFF -> role == Role.APPLICANT || role == Role.STAFF;
			case STAFF_OR_ADMIN -> role == Role.STAFF || role == Role.ADMIN;
			case REVIEWER -> role == Role.REVIEWER;
			case ADMIN -> role == Role.ADMIN;
		};
	}

	private int perform(String method, String path, String email) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
		if (email != null) {
			request = request.with(user(userDetails.loadUserByUsername(email)));
		}
		var response = mvc.perform(request).andReturn().getResponse();
		String location = response.getRedirectedUrl();
		if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
			return 401;
		}
		return response.getStatus();
	}

	private static boolean isRefused(int status) {
		return status == 401 || status == 403;
	}

	private List<String> mappedEndpoints() {
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			Set<RequestMethod> all = methods.isEmpty() ? Set.of(RequestMethod.values()) : methods;
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : all) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}
}
