package health.flanders.portal.web.staff;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import health.flanders.portal.call.Call;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Staff read the proposals submitted to a call 50 a page, in the order of their reference. */
@PortalIntegrationTest
class SubmittedProposalPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void fiftyOneProposalsMakeTwoPagesAndAThirdPageIsRefused() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String prefix = "PG" + TestData.unique().substring(0, 10).toUpperCase();
		// Submitted as the portal leaves them (a reference, a first submission); the consortium does not matter here.
		jdbc.sql("""
				insert into proposals (call_id, reference, acronym, status, created_by, first_submitted_at)
				select ?, ? || '-' || lpad(n::text, 4, '0'), 'P' || n, 'SUBMITTED', ?, now()
				from generate_series(1, 51) n""")
			.params(call.getId(), prefix, applicant.getId())
			.update();
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("51 proposals submitted"), containsString(prefix + "-0001"),
					containsString(prefix + "-0050"), not(containsString(prefix + "-0051")), containsString("Page 1 of 2"),
					containsString("page=1"))));
		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).param("page", "1").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(prefix + "-0051"), not(containsString(prefix + "-0050")),
					containsString("Page 2 of 2"))));
		for (String page : new String[] { "2", "-1", "abc" }) {
			mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).param("page", page).with(as(staff)))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(get("/staff/calls/{id}/proposals.csv", call.getId()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(prefix + "-0001"), containsString(prefix + "-0051"))));
	}

	@Test
	void aCallWithoutSubmittedProposalsHasOnePageThatSaysSo() throws Exception {
		Call call = data.openCall();
		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(data.user(Role.STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No proposal has been submitted to this call yet."),
					not(containsString("Page 1 of")))));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
