package health.flanders.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.proposals.ProposalSubmissions;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The staff side after the reviews: what goes into the evaluation, the consensus with its statistics, conflicts
 * ruled by staff, and the funding decision that funds or does not fund each proposal through its own rules.
 */
@PortalIntegrationTest
class ConsensusAndDecisionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ProposalSubmissions submissions;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	ProposalAttachments attachments;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	Consensus consensus;

	@Autowired
	Clock clock;

	@Test
	void aProposalReopenedAndNotSubmittedAgainIsEvaluatedAsItsLastSubmittedVersion() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String suffix = TestData.unique().substring(0, 5).toUpperCase(Locale.ROOT);
		Proposal reopened = data.submittedProposal(call, applicant, "REO" + suffix);
		Proposal withdrawn = data.submittedProposal(call, applicant, "WDR" + suffix);
		Proposal submitted = data.submittedProposal(call, applicant, "SUB" + suffix);
		List<Long> submittedFiles = currentFiles(reopened);

		submissions.reopen(reopened.getId(), as(applicant, "ROLE_APPLICANT"));
		transaction.executeWithoutResult(status -> proposals.findById(reopened.getId()).orElseThrow()
			.describe("A title never submitted", "An abstract never submitted", "II", "Need", "Economy", "Society", 12,
					clock));
		submissions.attach(reopened.getId(), AttachmentKind.FULL_TEXT, "draft.pdf",
				TestPdfs.pages(1, "a draft never submitted"),
				as(applicant, "ROLE_APPLICANT"));
		assertThat(currentFiles(reopened)).isNotEqualTo(submittedFiles);
		submissions.withdraw(withdrawn.getId(), as(applicant, "ROLE_APPLICANT"));
		data.passDeadline(call);

		mvc.perform(staff(post("/staff/calls/{id}/evaluation/start", call.getId())))
			.andExpect(flash().attribute("evaluationStarted", true));

		Proposal evaluated = proposals.findById(reopened.getId()).orElseThrow();
		assertThat(evaluated.getStatus()).isEqualTo(ProposalStatus.IN_EVALUATION);
		assertThat(evaluated.getTitle()).isEqualTo("Title of REO" + suffix);
		assertThat(evaluated.getAbstractText()).isEqualTo("Abstract of REO" + suffix);
		assertThat(evaluated.getDurationMonths()).isEqualTo(24);
		assertThat(evaluated.getReference()).isEqualTo(reopened.getReference());
		assertThat(currentFiles(reopened)).containsExactlyInAnyOrderElementsOf(submittedFiles);
		assertThat(proposals.findById(submitted.getId()).orElseThrow().getStatus())
			.isEqualTo(ProposalStatus.IN_EVALUATION);
		assertThat(proposals.findById(withdrawn.getId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(AuditEntries.of(audit, staff.getEmail(), "EVALUATION_STARTED", call.getId())).singleElement()
			.satisfies(entry -> assertThat(entry.details()).endsWith(": 2 proposals"));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "PROPOSAL_EVALUATED_AS_SUBMITTED", reopened.getReference()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).startsWith("version 1 of REO" + suffix));

		// Its applicant's dashboard says so, and the staff pages show the title that was submitted.
		mvc.perform(get("/proposals").with(user(userDetails.loadUserByUsername(applicant.getEmail()))))
			.andExpect(content().string(containsString("In evaluation")));
		mvc.perform(staff(get("/staff/proposals/{id}/evaluation", reopened.getId())))
			.andExpect(content().string(containsString("Title of REO" + suffix)))
			.andExpect(content().string(not(containsString("A title never submitted"))));
	}

	@Test
	void aSingleReviewShowsNoDeviationAndTheDecisionFundsTheProposalOnce() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String acronym = "ONE" + TestData.unique().substring(0, 5).toUpperCase(Locale.ROOT);
		Proposal proposal = data.submittedProposal(call, applicant, acronym);
		PortalUser reviewer = reviewer(acronym);
		jdbc.sql("update calls set reviewers_per_proposal = 1 where id = ?").param(call.getId()).update();
		jdbc.sql("insert into call_reviewers (call_id, reviewer_id) values (?, ?)").params(call.getId(), reviewer.getId())
			.update();
		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());
		data.passDeadline(call);
		mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId())))
			.andExpect(flash().attribute("released", true));
		mvc.perform(post("/reviews/{id}/accept", proposal.getId()).with(csrf())
				.with(user(userDetails.loadUserByUsername(reviewer.getEmail()))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false").with(csrf())
				.with(user(userDetails.loadUserByUsername(reviewer.getEmail()))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reviews/{id}/undertaking", proposal.getId()).with(csrf())
				.with(user(userDetails.loadUserByUsername(reviewer.getEmail()))))
			.andExpect(status().is3xxRedirection());
		MockHttpServletRequestBuilder review = post("/reviews/{id}", proposal.getId()).param("submit", "true");
		for (long criterion : criteria(call)) {
			review.param("scores[" + criterion + "].score", "3.5").param("scores[" + criterion + "].comment", "Sound.");
		}
		mvc.perform(review.with(csrf()).with(user(userDetails.loadUserByUsername(reviewer.getEmail()))))
			.andExpect(flash().attribute("submitted", true));

		// One review: its count in words, its mean and median, and no deviation; the median proposed as consensus.
		mvc.perform(staff(get("/staff/proposals/{id}/evaluation", proposal.getId())))
			.andExpect(content().string(containsString("1 review.")))
			.andExpect(content().string(containsString("Mean 3.5, median 3.5; no deviation from a single review.")))
			.andExpect(content().string(not(containsString("standard deviation"))))
			.andExpect(content().string(containsString("value=\"3.5\"")));
		assertThat(messages.getMessage("consensus.reviews", new Object[] { 1 }, Locale.forLanguageTag("nl")))
			.isEqualTo("1 beoordeling.");
		assertThat(messages.getMessage("consensus.reviews", new Object[] { 3 }, Locale.forLanguageTag("nl")))
			.isEqualTo("3 beoordelingen.");
		assertThat(messages.getMessage("consensus.reviews", new Object[] { 2 }, Locale.ENGLISH)).isEqualTo("2 reviews.");

		// A ruling without its reason is refused beside the field; with one it is kept.
		mvc.perform(staff(post("/staff/proposals/{id}/conflicts", proposal.getId())
				.param("reviewerId", reviewer.getId().toString()).param("inConflict", "false")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason of the ruling.")));
		mvc.perform(staff(post("/staff/proposals/{id}/conflicts", proposal.getId())
				.param("reviewerId", reviewer.getId().toString()).param("inConflict", "false")
				.param("reason", "  Checked: no tie with the consortium.  ")))
			.andExpect(flash().attribute("ruled", true));
		assertThat(jdbc.sql("select reason from conflict_rulings where proposal_id = ?").param(proposal.getId())
			.query(String.class).single()).isEqualTo("Checked: no tie with the consortium.");

		// Deciding before the consensus is refused with the proposals that await it.
		mvc.perform(staff(post("/staff/calls/{id}/decision", call.getId())))
			.andExpect(flash().attribute("refusal", containsString(acronym)));
		MockHttpServletRequestBuilder agree = post("/staff/proposals/{id}/consensus", proposal.getId())
			.param("stamp", consensus.stamp(proposal.getId()));
		for (long criterion : criteria(call)) {
			agree.param("lines[" + criterion + "].score", "4").param("lines[" + criterion + "].justification", "Agreed.");
		}
		mvc.perform(staff(agree)).andExpect(flash().attribute("recorded", true));

		mvc.perform(staff(post("/staff/calls/{id}/decision", call.getId())))
			.andExpect(flash().attribute("decided", true));
		assertThat(proposals.findById(proposal.getId()).orElseThrow().getStatus()).isEqualTo(ProposalStatus.FUNDED);
		assertThat(jdbc.sql("select rank || ' ' || outcome from funding_decisions where proposal_id = ?")
			.param(proposal.getId()).query(String.class).single()).isEqualTo("1 FUNDED");
		// Once decided, nothing changes any more: a second decision and a later consensus are refused.
		mvc.perform(staff(post("/staff/calls/{id}/decision", call.getId())))
			.andExpect(flash().attribute("refusal", containsString("decided")));
		mvc.perform(staff(agree)).andExpect(flash().attribute("refusal", containsString("decided")));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "FUNDING_DECIDED", call.getId())).hasSize(1);
	}

	private List<Long> currentFiles(Proposal proposal) {
		return attachments.current(proposal.getId()).stream().map(ProposalAttachments.Attachment::id).toList();
	}

	private List<Long> criteria(Call call) {
		return jdbc.sql("select id from evaluation_criteria where call_id = ? order by position").param(call.getId())
			.query(Long.class).list();
	}

	private PortalUser reviewer(String expertise) {
		PortalUser reviewer = data.user(Role.REVIEWER);
		jdbc.sql("insert into reviewer_profiles (user_id, expertise) values (?, ?)")
			.params(reviewer.getId(), new String[] { expertise })
			.update();
		return reviewer;
	}

	private static SignedInUser as(PortalUser person, String role) {
		return new SignedInUser(person.getId(), person.getEmail(), person.getFullName(), "", true,
				List.of(new SimpleGrantedAuthority(role)));
	}

	private PortalUser staff;

	private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		if (this.staff == null) {
			this.staff = data.user(Role.STAFF);
		}
		RequestPostProcessor signedIn = user(userDetails.loadUserByUsername(this.staff.getEmail()));
		return request.with(csrf()).with(signedIn);
	}
}
