package health.flanders.portal.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class AccessRulesIntegrationTests {

	/** The start page of each role's own area. */
	private static final Map<Role, String> OWN_PAGE = Map.of(Role.APPLICANT, "/proposals", Role.STAFF,
			"/staff/organisations", Role.REVIEWER, "/reviews", Role.ADMIN, "/admin/users");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	static Stream<Arguments> roleAndPage() {
		return Stream.of(Role.values())
			.flatMap(role -> OWN_PAGE.entrySet()
				.stream()
				.map(page -> Arguments.of(role, page.getKey(), page.getValue())));
	}

	@ParameterizedTest(name = "{0} opening the {1} page {2}")
	@MethodSource("roleAndPage")
	void eachRoleReachesItsOwnPagesAndIsRefusedTheOthers(Role role, Role owner, String page) throws Exception {
		PortalUser person = data.user(role);
		var request = get(page).with(user(userDetails.loadUserByUsername(person.getEmail())));
		if (role == owner) {
			mvc.perform(request).andExpect(status().isOk());
		}
		else {
			mvc.perform(request).andExpect(status().isForbidden());
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignInForEveryRoleArea() throws Exception {
		for (String page : OWN_PAGE.values()) {
			mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void publicPagesOpenWithoutSigningIn() throws Exception {
		for (String page : new String[] { "/", "/calls", "/info-sessions", "/login", "/register",
				"/api/v1/calls", "/api/v1/info-sessions", "/v3/api-docs", "/actuator/health" }) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/register").param("fullName", "No Token")
			.param("email", "no-token-" + TestData.unique() + "@example.org")
			.param("password", TestData.PASSWORD)
			.param("confirmPassword", TestData.PASSWORD)).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "x@example.org").param("password", "whatever"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signingOutIsAPostWithItsCsrfToken() throws Exception {
		PortalUser person = data.user(Role.APPLICANT);
		mvc.perform(post("/logout").with(user(userDetails.loadUserByUsername(person.getEmail()))).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/?signedOut*"));
	}

	@Test
	void actuatorBeyondHealthIsForAdminsOnly() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		PortalUser admin = data.user(Role.ADMIN);
		mvc.perform(get("/actuator/metrics").with(user(userDetails.loadUserByUsername(staff.getEmail()))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user(userDetails.loadUserByUsername(admin.getEmail()))))
			.andExpect(status().isOk());
	}
}
