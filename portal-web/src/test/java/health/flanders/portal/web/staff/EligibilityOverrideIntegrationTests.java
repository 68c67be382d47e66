package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Staff overriding the automatic eligibility check of a submitted proposal, and clearing the override. */
@PortalIntegrationTest
class EligibilityOverrideIntegrationTests {

	private static final String REASON = "Two of the enterprises belong to one group since the merger of March";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aStaffDecisionWithItsReasonShowsInTheListThePageAndTheCsvAndIsOnTheAuditTrail() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(call, applicant, acronym());
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(decide(proposal, staff, "false", REASON, 0))
			.andExpect(redirectedUrl("/staff/proposals/" + proposal.getId()))
			.andExpect(flash().attribute("success", "The eligibility decision is recorded."));

		String shown = "Not eligible \u2014 staff decision: " + REASON;
		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(staff)))
			.andExpect(content().string(containsString(shown)));
		mvc.perform(get("/staff/proposals/{id}", proposal.getId()).with(as(staff)))
			.andExpect(content().string(containsString(shown)))
			.andExpect(content().string(containsString("The consortium is eligible.")));
		String csv = new String(mvc.perform(get("/staff/calls/{id}/proposals.csv", call.getId()).with(as(staff)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv.lines().filter(line -> line.contains(proposal.getReference())).findFirst().orElseThrow())
			.contains("\"800000.00\",\"no\",")
			.endsWith("\"staff\",\"" + REASON + "\"");
		// The applicant keeps seeing the check itself: it tells them what their consortium lacks.
		mvc.perform(get("/api/v1/proposals/{id}/eligibility", proposal.getId()).with(as(applicant)))
			.andExpect(jsonPath("$.eligible").value(true));

		assertThat(AuditEntries.of(audit, staff.getEmail(), "ELIGIBILITY_OVERRIDDEN", proposal.getId()))
			.extracting(entry -> entry.details())
			.containsExactly("not eligible: " + REASON);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aDecisionWithoutAReasonIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		Proposal proposal = data.submittedProposal(data.openCall(), data.user(Role.APPLICANT), acronym());
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(decide(proposal, staff, "false", "  ", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("Please fill in this field.")))
			.andExpect(content().string(containsString("checked=\"checked\"")));

		assertThat(overrideRows(proposal)).isZero();
		assertThat(AuditEntries.of(audit, staff.getEmail(), "ELIGIBILITY_OVERRIDDEN", proposal.getId())).isEmpty();
	}

	@Test
	void clearingTheDecisionLetsTheAutomaticCheckCountAgainAndIsOnTheAuditTrail() throws Exception {
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT), acronym());
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(decide(proposal, staff, "false", REASON, 0)).andExpect(status().is3xxRedirection());

		mvc.perform(post("/staff/proposals/{id}/eligibility/clear", proposal.getId()).param("version", "1")
			.with(csrf())
			.with(as(staff)))
			.andExpect(redirectedUrl("/staff/proposals/" + proposal.getId()))
			.andExpect(flash().attributeExists("success"));

		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(staff)))
			.andExpect(content().string(not(containsString("staff decision"))))
			.andExpect(content().string(containsString("The consortium is eligible.")));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "ELIGIBILITY_OVERRIDE_CLEARED", proposal.getId()))
			.extracting(entry -> entry.details())
			.containsExactly("was not eligible: " + REASON);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aFormLoadedBeforeSomeoneElseDecidedIsRefusedWithAMessageAndTheirDecisionStays() throws Exception {
		Proposal proposal = data.submittedProposal(data.openCall(), data.user(Role.APPLICANT), acronym());
		PortalUser first = data.user(Role.STAFF);
		PortalUser second = data.user(Role.STAFF);
		mvc.perform(decide(proposal, first, "false", REASON, 0)).andExpect(status().is3xxRedirection());

		mvc.perform(decide(proposal, second, "true", "All fine after all", 0))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else decided on the eligibility of this proposal")))
			.andExpect(content().string(containsString("Not eligible \u2014 staff decision: " + REASON)));
		mvc.perform(post("/staff/proposals/{id}/eligibility/clear", proposal.getId()).param("version", "0")
			.with(csrf())
			.with(as(second)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else decided on the eligibility of this proposal")));

		assertThat(jdbc.sql("select eligible from eligibility_overrides where proposal_id = ?")
			.param(proposal.getId())
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(AuditEntries.of(audit, second.getEmail(), "ELIGIBILITY_OVERRIDDEN", proposal.getId())).isEmpty();
		assertThat(AuditEntries.of(audit, second.getEmail(), "ELIGIBILITY_OVERRIDE_CLEARED", proposal.getId()))
			.isEmpty();
	}

	@Test
	void anApplicantMayNotDecideNotEvenOnTheirOwnProposal() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(data.openCall(), applicant, acronym());

		mvc.perform(decide(proposal, applicant, "true", REASON, 0)).andExpect(status().isForbidden());
		mvc.perform(post("/staff/proposals/{id}/eligibility/clear", proposal.getId()).param("version", "0")
			.with(csrf())
			.with(as(applicant))).andExpect(status().isForbidden());

		assertThat(overrideRows(proposal)).isZero();
	}

	@Test
	void aDraftNeverSubmittedAndAnUnknownProposalAreNotFound() throws Exception {
		Proposal draft = data.completeProposal(data.openCall(), data.user(Role.APPLICANT), acronym());
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(decide(draft, staff, "true", REASON, 0)).andExpect(status().isNotFound());
		mvc.perform(post("/staff/proposals/{id}/eligibility/clear", draft.getId()).param("version", "0")
			.with(csrf())
			.with(as(staff))).andExpect(status().isNotFound());
		mvc.perform(post("/staff/proposals/{id}/eligibility", 987654321L).param("eligible", "true")
			.param("reason", REASON)
			.param("version", "0")
			.with(csrf())
			.with(as(staff))).andExpect(status().isNotFound());

		assertThat(overrideRows(draft)).isZero();
	}

	private MockHttpServletRequestBuilder decide(Proposal proposal,
			PortalUser person, String eligible, String reason, long version) {
		return post("/staff/proposals/{id}/eligibility", proposal.getId()).param("eligible", eligible)
			.param("reason", reason)
			.param("version", String.valueOf(version))
			.with(csrf())
			.with(as(person));
	}

	private long overrideRows(Proposal proposal) {
		return jdbc.sql("select count(*) from eligibility_overrides where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}

	private static String acronym() {
		return "ELIG" + TestData.unique().substring(0, 4).toUpperCase();
	}
}
