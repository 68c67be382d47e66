package health.flanders.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class AccountSettingsIntegrationTests {

	private static final String NEW_PASSWORD = "amber-orchard-compass-71";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PortalUserRepository users;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyRoleSeesItsAccountPage() throws Exception {
		for (Role role : Role.values()) {
			PortalUser person = data.user(role);
			mvc.perform(get("/account").with(as(person)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(person.getEmail())))
				.andExpect(content().string(containsString("Download my data (JSON)")));
		}
		mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theNameAndLanguageAreSavedAndTheLanguageBecomesThatOfThePages() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		Cookie session = signIn(reviewer.getEmail(), TestData.PASSWORD);

		var answer = mvc.perform(post("/account/profile").with(csrf()).cookie(session)
			.param("fullName", "  Rita Reviewer  ")
			.param("language", "nl")
			.param("version", String.valueOf(reviewer.getVersion())))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse();

		PortalUser saved = users.findById(reviewer.getId()).orElseThrow();
		assertThat(saved.getFullName()).isEqualTo("Rita Reviewer");
		assertThat(saved.getLocale()).isEqualTo(Locale.forLanguageTag("nl"));
		Cookie language = answer.getCookie("icon-language");
		assertThat(language).isNotNull();
		mvc.perform(get("/account").cookie(session, language))
			.andExpect(content().string(containsString("lang=\"nl\"")))
			.andExpect(content().string(containsString("Naam en taal")))
			// The header shows the new name at once, from the session.
			.andExpect(content().string(containsString("Rita Reviewer</span>")));
	}

	@Test
	void aChangeOnAStaleFormIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		long seen = applicant.getVersion();
		mvc.perform(post("/account/profile").with(csrf()).with(as(applicant))
			.param("fullName", "First Tab")
			.param("language", "en")
			.param("version", String.valueOf(seen))).andExpect(redirectedUrl("/account"));

		mvc.perform(post("/account/profile").with(csrf()).with(as(applicant))
			.param("fullName", "Second Tab")
			.param("language", "nl")
			.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account was changed elsewhere")))
			.andExpect(content().string(containsString("value=\"First Tab\"")));
		mvc.perform(post("/account/password").with(csrf()).with(as(applicant))
			.param("currentPassword", TestData.PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)
			.param("version", String.valueOf(seen)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account was changed elsewhere")));

		PortalUser now = users.findById(applicant.getId()).orElseThrow();
		assertThat(now.getFullName()).isEqualTo("First Tab");
		assertThat(now.getLocale()).isEqualTo(Locale.ENGLISH);
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		Cookie other = signIn(staff.getEmail(), TestData.PASSWORD);

		mvc.perform(post("/account/password").with(csrf()).with(as(staff))
			.param("currentPassword", "not-my-password-at-all")
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)
			.param("version", String.valueOf(staff.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")))
			.andExpect(content().string(containsString("This is not your current password.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(NEW_PASSWORD))));

		assertThat(users.findById(staff.getId()).orElseThrow().getVersion()).isEqualTo(staff.getVersion());
		mvc.perform(formLogin("/login").user(staff.getEmail()).password(TestData.PASSWORD)).andExpect(authenticated());
		mvc.perform(get("/staff/organisations").cookie(other)).andExpect(status().isOk());
		assertThat(AuditEntries.of(audit, staff.getEmail(), "PASSWORD_CHANGED", staff.getEmail())).isEmpty();
	}

	@Test
	void aNewPasswordFollowsTheRulesOfRegistration() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		mvc.perform(post("/account/password").with(csrf()).with(as(applicant))
			.param("currentPassword", TestData.PASSWORD)
			.param("password", "password1234")
			.param("confirmPassword", "password1234")
			.param("version", String.valueOf(applicant.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one of the most common ones")));
		mvc.perform(post("/account/password").with(csrf()).with(as(applicant))
			.param("currentPassword", TestData.PASSWORD)
			.param("password", "short")
			.param("confirmPassword", "short")
			.param("version", String.valueOf(applicant.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")));
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aNewPasswordEndsEveryOtherSessionAndKeepsThisOne() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		Cookie here = signIn(staff.getEmail(), TestData.PASSWORD);
		Cookie elsewhere = signIn(staff.getEmail(), TestData.PASSWORD);

		mvc.perform(post("/account/password").with(csrf()).cookie(here)
			.param("currentPassword", TestData.PASSWORD)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)
			.param("version", String.valueOf(staff.getVersion()))).andExpect(redirectedUrl("/account"));

		mvc.perform(get("/staff/organisations").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/staff/organisations").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user(staff.getEmail()).password(NEW_PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(staff.getEmail()).password(TestData.PASSWORD)).andExpect(unauthenticated());
		assertThat(AuditEntries.of(audit, staff.getEmail(), "PASSWORD_CHANGED", staff.getEmail())).hasSize(1);
	}

	@Test
	void theDataDownloadHoldsTheAccountItsRegistrationsProposalsAndReviewsAndNoPasswordHash() throws Exception {
		PortalUser person = data.user(Role.APPLICANT, Role.REVIEWER);
		PortalUser someoneElse = data.user(Role.APPLICANT);
		Call call = data.openCall();
		var session = data.session(call, "Account data session " + TestData.unique(), call.getDeadline().minusSeconds(86_400));
		jdbc.sql("""
				insert into info_session_registrations (session_id, attendance, name, email, organisation,
				consent_registration, status, cancel_token_hash, created_at)
				values (?, 'ONLINE', 'Dana Data', ?, 'Data BV', true, 'CONFIRMED', ?, now())""")
			.params(session.getId(), person.getEmail(), TestData.unique())
			.update();
		Proposal led = data.proposal(call, person, "LEADS");
		Proposal coWritten = data.proposal(call, someoneElse, "COWRITE");
		invite(coWritten, person, someoneElse);
		data.proposal(call, someoneElse, "NOTMINE");
		Proposal reviewed = data.submittedProposal(data.openCall(), someoneElse, "REV" + TestData.unique().substring(0, 4));
		jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, created_at) values (?, ?, 0.5, now())")
			.params(reviewed.getId(), person.getId())
			.update();
		jdbc.sql("insert into reviews (proposal_id, reviewer_id, status, updated_at) values (?, ?, 'DRAFT', now())")
			.params(reviewed.getId(), person.getId())
			.update();

		var response = mvc.perform(get("/account/data.json").with(as(person)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		JsonNode data = json.readTree(body);

		assertThat(data.path("account").path("email").asString()).isEqualTo(person.getEmail());
		assertThat(data.path("account").path("roles").toString()).isEqualTo("[\"APPLICANT\",\"REVIEWER\"]");
		assertThat(data.path("sessionRegistrations")).hasSize(1);
		assertThat(data.path("sessionRegistrations").get(0).path("organisation").asString()).isEqualTo("Data BV");
		assertThat(data.path("proposals")).hasSize(2);
		assertThat(data.path("proposals").get(0).path("acronym").asString()).isEqualTo(led.getAcronym());
		assertThat(data.path("proposals").get(0).path("role").asString()).isEqualTo("LEAD_APPLICANT");
		assertThat(data.path("proposals").get(1).path("acronym").asString()).isEqualTo("COWRITE");
		assertThat(data.path("proposals").get(1).path("role").asString()).isEqualTo("INVITED_CO_APPLICANT");
		assertThat(data.path("reviews")).hasSize(1);
		assertThat(data.path("reviews").get(0).path("proposal").asString()).isEqualTo(reviewed.getReference());
		assertThat(data.path("reviews").get(0).path("status").asString()).isEqualTo("DRAFT");
		assertThat(body).doesNotContain("password", users.findById(person.getId()).orElseThrow().getPasswordHash(),
				"NOTMINE", someoneElse.getEmail());
	}

	@Test
	void closingKeepsWhatTheFunderNeedsAndErasesThePerson() throws Exception {
		PortalUser leaving = data.user(Role.APPLICANT);
		PortalUser coApplicant = data.user(Role.APPLICANT);
		Call call = data.openCall();
		Proposal aloneDraft = data.proposal(call, leaving, "ALONE");
		Proposal sharedDraft = data.proposal(call, leaving, "SHARED");
		jdbc.sql("insert into proposal_applicants (proposal_id, user_id, added_at) values (?, ?, now())")
			.params(sharedDraft.getId(), coApplicant.getId())
			.update();
		PortalUser invitee = data.user(Role.APPLICANT);
		Proposal invitedDraft = data.proposal(call, leaving, "INVITED");
		invite(invitedDraft, invitee, leaving);
		PortalUser other = data.user(Role.APPLICANT);
		Proposal othersDraft = data.proposal(call, other, "OTHERS");
		invite(othersDraft, leaving, other);
		Proposal submitted = data.submittedProposal(call, leaving, "KEPT" + TestData.unique().substring(0, 4));
		long versions = versionsOf(submitted);
		Cookie here = signIn(leaving.getEmail(), TestData.PASSWORD);
		Cookie elsewhere = signIn(leaving.getEmail(), TestData.PASSWORD);

		mvc.perform(get("/account/close").with(as(leaving)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What is kept, and why")));
		mvc.perform(post("/account/close").with(csrf()).with(as(leaving)).param("password", "not-my-password-at-all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")));
		assertThat(users.findById(leaving.getId()).orElseThrow().isEnabled()).isTrue();

		mvc.perform(post("/account/close").with(csrf()).cookie(here).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/?accountClosed"));

		PortalUser closed = users.findById(leaving.getId()).orElseThrow();
		assertThat(closed.isEnabled()).isFalse();
		assertThat(closed.getFullName()).isEqualTo(PortalUser.CLOSED_NAME);
		assertThat(closed.getEmail()).isEqualTo("closed-" + leaving.getId() + "@closed.invalid");
		assertThat(closed.getPasswordHash()).isNotEqualTo(leaving.getPasswordHash());
		mvc.perform(get("/proposals").cookie(here)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/proposals").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user(leaving.getEmail()).password(TestData.PASSWORD)).andExpect(unauthenticated());

		assertThat(proposals.findById(aloneDraft.getId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		Proposal shared = proposals.findById(sharedDraft.getId()).orElseThrow();
		assertThat(shared.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(applicantsOf(shared)).containsExactly(coApplicant.getId());
		assertThat(shared.getCreatedBy()).isEqualTo(coApplicant.getId());
		Proposal handedOver = proposals.findById(invitedDraft.getId()).orElseThrow();
		assertThat(handedOver.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(applicantsOf(handedOver)).containsExactly(invitee.getId());
		assertThat(handedOver.getCreatedBy()).isEqualTo(invitee.getId());
		assertThat(jdbc.sql("select email, revoked_at is not null from proposal_invitations where proposal_id = ?")
			.param(othersDraft.getId())
			.query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
			.list()).containsExactly(closed.getEmail() + " true");
		Proposal kept = proposals.findById(submitted.getId()).orElseThrow();
		assertThat(kept.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(applicantsOf(kept)).containsExactly(leaving.getId());
		assertThat(versionsOf(kept)).isEqualTo(versions).isPositive();
		assertThat(AuditEntries.of(audit, leaving.getEmail(), "PROPOSAL_SUBMITTED", kept.getReference())).hasSize(1);
		assertThat(AuditEntries.of(audit, closed.getEmail(), "ACCOUNT_CLOSED", closed.getEmail())).hasSize(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theLastAdminCannotCloseTheirAccount() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		List<Long> others = jdbc.sql("""
				update users set enabled = false where enabled and id <> ?
				and id in (select user_id from user_roles where role = 'ADMIN') returning id""")
			.param(admin.getId())
			.query(Long.class)
			.list();
		try {
			mvc.perform(post("/account/close").with(csrf()).with(as(admin)).param("password", TestData.PASSWORD))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("You are the only admin.")));
			PortalUser still = users.findById(admin.getId()).orElseThrow();
			assertThat(still.isEnabled()).isTrue();
			assertThat(still.getEmail()).isEqualTo(admin.getEmail());
		}
		finally {
			for (long other : others) {
				jdbc.sql("update users set enabled = true where id = ?").param(other).update();
			}
		}
		PortalUser second = data.user(Role.ADMIN);
		mvc.perform(post("/account/close").with(csrf()).with(as(second)).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/?accountClosed"));
	}

	private void invite(Proposal proposal, PortalUser invitee, PortalUser by) {
		jdbc.sql("insert into proposal_invitations (proposal_id, email, invited_by, invited_at) values (?, ?, ?, now())")
			.params(proposal.getId(), invitee.getEmail(), by.getId())
			.update();
	}

	private List<Long> applicantsOf(Proposal proposal) {
		return jdbc.sql("select user_id from proposal_applicants where proposal_id = ? order by user_id")
			.param(proposal.getId())
			.query(Long.class)
			.list();
	}

	private long versionsOf(Proposal proposal) {
		return jdbc.sql("select count(*) from proposal_versions where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.single();
	}

	private Cookie signIn(String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(email).password(password)).andReturn().getResponse().getCookie("SESSION");
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
