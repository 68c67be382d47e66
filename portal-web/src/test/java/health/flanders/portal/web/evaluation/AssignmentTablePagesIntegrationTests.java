package health.flanders.portal.web.evaluation;

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

/** The evaluation's table of proposals and their reviewers shows 50 proposals a page, by acronym. */
@PortalIntegrationTest
class AssignmentTablePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void fiftyOneProposalsMakeTwoPagesOfTheTableAndAThirdIsRefused() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String prefix = "T" + TestData.unique().substring(0, 8).toUpperCase();
		jdbc.sql("""
				insert into proposals (call_id, reference, acronym, status, created_by, first_submitted_at)
				select ?, ? || '-' || lpad(n::text, 4, '0'), ? || lpad(n::text, 4, '0'), 'SUBMITTED', ?, now()
				from generate_series(1, 51) n""")
			.params(call.getId(), prefix, prefix, applicant.getId())
			.update();
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Proposals, page 1 of 2"),
					containsString(">" + prefix + "0050</a>"), not(containsString(">" + prefix + "0051</a>")))));
		mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).param("page", "1").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Proposals, page 2 of 2"),
					containsString(">" + prefix + "0051</a>"), not(containsString(">" + prefix + "0050</a>")))));
		for (String page : new String[] { "2", "-1", "abc" }) {
			mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).param("page", page).with(as(staff)))
				.andExpect(status().isBadRequest());
		}
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
