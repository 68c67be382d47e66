package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class RoleChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PortalUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aPersonWhoseRolesChangeIsSignedOutEverywhere() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		Cookie session = mvc.perform(formLogin("/login").user(staff.getEmail()).password(TestData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/staff/organisations").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/{id}/roles", staff.getId()).with(csrf()).with(admin())
			.param("roles", "REVIEWER")
			.param("version", String.valueOf(staff.getVersion()))).andExpect(redirectedUrl("/admin/users"));

		assertThat(users.findById(staff.getId()).orElseThrow().getRoles()).containsExactly(Role.REVIEWER);
		mvc.perform(get("/staff/organisations").cookie(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aChangeOnAStaleFormIsRefusedAndShowsTheRolesOfNow() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		long seen = reviewer.getVersion();
		mvc.perform(post("/admin/users/{id}/roles", reviewer.getId()).with(csrf()).with(admin())
			.param("roles", "REVIEWER", "STAFF")
			.param("version", String.valueOf(seen))).andExpect(redirectedUrl("/admin/users"));

		mvc.perform(post("/admin/users/{id}/roles", reviewer.getId()).with(csrf()).with(admin())
			.param("roles", "ADMIN")
			.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Someone else changed this account")));
		assertThat(users.findById(reviewer.getId()).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.REVIEWER,
				Role.STAFF);
	}

	@Test
	void theRolesOfAnAccountWithAVeryLongAddressChangeAndTheAuditTrailStillVerifies() throws Exception {
		// 64 characters before the @ and four long labels after it: 304 characters, within the 320 an address may have.
		String local = ("long-" + TestData.unique() + "-" + "l".repeat(64)).substring(0, 64);
		String domain = String.join(".", "a".repeat(56), "b".repeat(56), "c".repeat(56), "d".repeat(56), "example.org");
		String email = local + "@" + domain;
		assertThat(email).hasSizeGreaterThan(300);
		PortalUser longAddress = users.save(new PortalUser(email, passwordEncoder.encode(TestData.PASSWORD),
				"Long Address", Locale.ENGLISH, Set.of(Role.APPLICANT), clock));

		mvc.perform(post("/admin/users/{id}/roles", longAddress.getId()).with(csrf()).with(admin())
			.param("roles", "REVIEWER")
			.param("version", String.valueOf(longAddress.getVersion()))).andExpect(redirectedUrl("/admin/users"));

		assertThat(users.findById(longAddress.getId()).orElseThrow().getRoles()).containsExactly(Role.REVIEWER);
		assertThat(jdbc.sql("select details from audit_entries where action = 'ROLES_CHANGED' and subject_id = ?")
			.param(email)
			.query(String.class)
			.list()).containsExactly("[APPLICANT] -> [REVIEWER]");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		mvc.perform(get("/admin/users/{id}/roles", Long.MAX_VALUE).with(admin())).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(userDetails.loadUserByUsername(data.user(Role.ADMIN).getEmail()));
	}
}
