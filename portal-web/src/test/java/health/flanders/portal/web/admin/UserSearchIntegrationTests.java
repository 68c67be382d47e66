package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Admins find accounts by a part of the name or address, in any case, and by role, a page at a time. */
@PortalIntegrationTest
class UserSearchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void accountsAreFoundByNameOrAddressAndNarrowedByRole() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		PortalUser staff = data.user(Role.STAFF);
		PortalUser applicant = data.user(Role.APPLICANT);
		String surname = "Vandersmissen" + TestData.unique().substring(0, 8);
		jdbc.sql("update users set full_name = ? where id in (?, ?)")
			.params("Ann " + surname, staff.getId(), applicant.getId())
			.update();

		String byName = page(admin, get("/admin/users").param("q", surname.toLowerCase()));
		assertThat(byName).contains("2 accounts", staff.getEmail(), applicant.getEmail())
			.doesNotContain(admin.getEmail())
			.contains("value=\"" + surname.toLowerCase() + "\"");
		assertThat(page(admin, get("/admin/users").param("q", surname).param("role", "STAFF")))
			.contains("One account", staff.getEmail())
			.doesNotContain(applicant.getEmail())
			.contains("<option value=\"STAFF\" selected=\"selected\">Staff</option>");
		String local = staff.getEmail().substring(0, staff.getEmail().indexOf('@'));
		assertThat(page(admin, get("/admin/users").param("q", local.toUpperCase()))).contains("One account",
				staff.getEmail());
		// A role that is not one counts as any; LIKE's wildcards are only characters.
		assertThat(page(admin, get("/admin/users").param("q", surname).param("role", "KING"))).contains("2 accounts");
		assertThat(page(admin, get("/admin/users").param("q", surname + "%"))).contains("No accounts");
	}

	@Test
	void pagingKeepsTheSearchAndTheRole() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String marker = "pg" + TestData.unique().substring(0, 10);
		jdbc.sql("""
				insert into users (email, password_hash, full_name)
				select ? || '-' || lpad(n::text, 3, '0') || '@example.org', 'x', 'Paged person ' || n
				from generate_series(1, 52) n""")
			.param(marker)
			.update();
		jdbc.sql("insert into user_roles (user_id, role) select id, 'REVIEWER' from users where email like ? and email < ?")
			.params(marker + "-%", marker + "-052")
			.update();

		String first = page(admin, get("/admin/users").param("q", marker).param("role", "REVIEWER"));
		assertThat(first).contains("51 accounts", "Page 1 of 2", marker + "-050@example.org")
			.doesNotContain(marker + "-051@example.org")
			.contains("/admin/users?q=" + marker + "&amp;role=REVIEWER&amp;page=1");
		String second = page(admin, get("/admin/users").param("q", marker).param("role", "REVIEWER").param("page", "1"));
		assertThat(second).contains("Page 2 of 2", marker + "-051@example.org")
			.doesNotContain(marker + "-050@example.org", marker + "-052@example.org")
			.contains("/admin/users?q=" + marker + "&amp;role=REVIEWER&amp;page=0");
		mvc.perform(get("/admin/users").param("q", marker).param("page", "2").with(as(admin)))
			.andExpect(status().isBadRequest());
	}

	private String page(PortalUser admin, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
