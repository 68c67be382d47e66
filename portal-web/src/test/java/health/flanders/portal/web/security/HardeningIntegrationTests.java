package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Mistakes that portals like this one have made before (OWASP ASVS), each shown not to happen here. */
@PortalIntegrationTest
class HardeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PortalUserRepository users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void extraFieldsPostedWithARegistrationChangeNothing() throws Exception {
		String email = "extra-fields-" + TestData.unique() + "@example.org";
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Mallory Extra")
			.param("email", email)
			.param("password", TestData.PASSWORD)
			.param("confirmPassword", TestData.PASSWORD)
			.param("language", "en")
			.param("roles", "ADMIN")
			.param("role", "ADMIN")
			.param("enabled", "false")
			.param("id", "1")
			.param("status", "FUNDED")
			.param("owner", "1")).andExpect(redirectedUrl("/login?registered"));
		PortalUser saved = users.findByEmail(email).orElseThrow();
		assertThat(saved.getRoles()).containsExactly(Role.APPLICANT);
		assertThat(saved.isEnabled()).isTrue();
	}

	@Test
	void afterSignInTheRedirectStaysOnThePortal() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		for (String target : List.of("https://evil.example/phish", "//evil.example", "/\\evil.example")) {
			MvcResult result = mvc.perform(post("/login").with(csrf())
				.param("username", staff.getEmail())
				.param("password", TestData.PASSWORD)
				.param("continue", target)
				.param("redirect", target)
				.param("next", target)).andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		}
		// A page asked for before signing in is where sign-in leads: a path of the portal itself.
		Cookie session = mvc.perform(get("/staff/organisations")).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(post("/login").with(csrf())
			.cookie(session)
			.param("username", staff.getEmail())
			.param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("http://localhost/staff/organisations?continue"));
	}

	@Test
	void noGetRequestChangesAnything() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String before = fingerprint();
		for (String path : List.of("/", "/calls", "/info-sessions", "/login", "/register", "/password/forgot",
				"/password/reset?token=abc", "/admin/users", "/admin/audit", "/admin/audit/verify", "/admin/audit.csv")) {
			mvc.perform(get(path).with(user(userDetails.loadUserByUsername(admin.getEmail()))));
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void signingOutTakesAPostNotALink() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Cookie session = mvc.perform(post("/login").with(csrf())
			.param("username", applicant.getEmail())
			.param("password", TestData.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/logout").cookie(session));
		mvc.perform(get("/proposals").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/?signedOut"));
		mvc.perform(get("/proposals").cookie(session)).andExpect(status().isFound());
	}

	/** The rows and versions of the tables people change, as one text. */
	private String fingerprint() {
		return jdbc.sql("""
				select (select count(*) || ':' || coalesce(sum(version), 0) from users) || '|'
				    || (select count(*) from user_roles) || '|'
				    || (select count(*) || ':' || coalesce(sum(version), 0) from calls) || '|'
				    || (select count(*) || ':' || coalesce(sum(version), 0) from proposals) || '|'
				    || (select count(*) from audit_entries) || '|'
				    || (select count(*) from outgoing_mails) || '|'
				    || (select count(*) from password_reset_tokens)""").query(String.class).single();
	}
}
