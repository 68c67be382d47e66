package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Admins read the accounts 50 a page, by e-mail address, each with its roles. */
@PortalIntegrationTest
class UserListIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anAccountIsListedWithItsRolesOnThePageItsAddressFallsOn() throws Exception {
		for (int i = 0; i < 51; i++) {
			data.user(Role.APPLICANT);
		}
		PortalUser person = data.user(Role.STAFF, Role.REVIEWER);
		PortalUser admin = data.user(Role.ADMIN);
		long total = jdbc.sql("select count(*) from users").query(Long.class).single();
		long before = jdbc.sql("select count(*) from users where email < ?").param(person.getEmail())
			.query(Long.class).single();
		long pages = (total + 49) / 50;
		assertThat(pages).isGreaterThan(1);

		String page = mvc.perform(get("/admin/users").param("page", String.valueOf(before / 50)).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(total + " accounts")))
			.andExpect(content().string(containsString("Page " + (before / 50 + 1) + " of " + pages)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(person.getEmail()).containsPattern("Staff, </span>\\s*<span>Reviewer");
		assertThat(page.split("/roles\"", -1)).hasSizeLessThanOrEqualTo(51);

		for (String wrong : new String[] { String.valueOf(pages), "-1", "abc" }) {
			mvc.perform(get("/admin/users").param("page", wrong).with(as(admin))).andExpect(status().isBadRequest());
		}
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
