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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.ReviewAssignment;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The assignment of reviewers as staff run it: the pool of each call, proposing with too few reviewers, the release
 * that asks for a confirmation, a decline filled again while accepted pairs stay, and a reviewer's own maximum.
 */
@PortalIntegrationTest
class AssignmentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	@Autowired
	ReviewAssignmentRepository assignments;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void proposingWithTooFewReviewersExplainsEachGapOnThePageWithOneAuditEntryAndReleasingAsksForAConfirmation()
			throws Exception {
		Call call = data.openCall();
		String tag = tag();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT), "GAP" + tag);
		PortalUser only = reviewer(tag);
		pool(call, only);

		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("proposed", true));
		assertThat(reviewersOf(proposal)).containsExactly(only.getId());
		assertThat(AuditEntries.of(audit, staff().getEmail(), "ASSIGNMENT_PROPOSED", call.getId())).hasSize(1);
		mvc.perform(staff(get("/staff/calls/{id}/evaluation", call.getId())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("These proposals cannot get all their reviewers")))
			.andExpect(content().string(containsString(
					"2 missing: only one reviewer of the pool has no conflict with it and has not declined it")));

		data.passDeadline(call);
		// The flash goes through the session store in PostgreSQL, as in production: the next page reads it.
		Cookie session = mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId())))
			.andExpect(flash().attribute("confirmRelease", true))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(released(call)).isFalse();
		mvc.perform(staff(get("/staff/calls/{id}/evaluation", call.getId())).cookie(session))
			.andExpect(content().string(containsString("These proposals lack reviewers. Release the assignment all the same?")))
			.andExpect(content().string(containsString("GAP" + tag + ": 2 missing")))
			.andExpect(content().string(containsString("Release all the same")));
		mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId()).param("confirmed", "true")))
			.andExpect(flash().attribute("released", true));
		assertThat(released(call)).isTrue();
		assertThat(Mailbox.text(mailbox.awaitMessageTo(only.getEmail()))).contains("GAP" + tag);
	}

	@Test
	void aDeclinedProposalIsFilledAgainWhileTheAcceptedPairStaysAndOnlyTheNewReviewerIsEmailed() throws Exception {
		Call call = data.openCall();
		String tag = tag();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT), "DEC" + tag);
		PortalUser ann = reviewer("DEC" + tag);
		PortalUser bob = reviewer("DEC" + tag);
		PortalUser cas = reviewer("unrelated" + tag);
		jdbc.sql("update calls set reviewers_per_proposal = 2 where id = ?").param(call.getId()).update();
		pool(call, ann, bob, cas);
		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());
		assertThat(reviewersOf(proposal)).containsExactlyInAnyOrder(ann.getId(), bob.getId());
		data.passDeadline(call);
		mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId())))
			.andExpect(flash().attribute("released", true));

		transaction.executeWithoutResult(status -> {
			pair(proposal, ann).accept(clock);
			pair(proposal, bob).decline("I left the field two years ago.", false, clock);
		});
		mvc.perform(staff(get("/staff/calls/{id}/evaluation", call.getId())))
			.andExpect(content().string(containsString("Reason: I left the field two years ago.")))
			.andExpect(content().string(containsString("1 missing")));

		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());
		assertThat(reviewersOf(proposal)).containsExactlyInAnyOrder(ann.getId(), bob.getId(), cas.getId());
		assertThat(responseOf(proposal, bob)).isEqualTo("DECLINED");
		assertThat(responseOf(proposal, ann)).isEqualTo("ACCEPTED");
		assertThat(Mailbox.text(mailbox.awaitMessageTo(cas.getEmail()))).contains("DEC" + tag);

		// By hand, the declined pair is not given back.
		mvc.perform(staff(post("/staff/calls/{id}/assignment/pairs", call.getId())
				.param("proposalId", proposal.getId().toString()).param("reviewerId", bob.getId().toString())))
			.andExpect(flash().attribute("refusal",
					bob.getFullName() + " declined DEC" + tag + "; it is not given back to them."));
	}

	@Test
	void onlyTheCallsPoolIsAssignedAndAReviewersOwnMaximumHolds() throws Exception {
		String tag = tag();
		Call one = data.openCall();
		Call other = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal first = data.submittedProposal(one, applicant, "PA" + tag);
		Proposal second = data.submittedProposal(one, applicant, "PB" + tag);
		Proposal elsewhere = data.submittedProposal(other, applicant, "PC" + tag);
		PortalUser ours = reviewer(tag);
		PortalUser theirs = reviewer(tag);
		jdbc.sql("update calls set reviewers_per_proposal = 1 where id in (?, ?)").params(one.getId(), other.getId()).update();
		pool(one, ours);
		pool(other, theirs);

		mvc.perform(staff(post("/staff/calls/{id}/pool/{r}/maximum", one.getId(), ours.getId()).param("maximum", "1")))
			.andExpect(flash().attribute("poolChanged", true));
		mvc.perform(staff(post("/staff/calls/{id}/assignment", one.getId()))).andExpect(status().is3xxRedirection());
		mvc.perform(staff(post("/staff/calls/{id}/assignment", other.getId()))).andExpect(status().is3xxRedirection());
		assertThat(List.of(reviewersOf(first), reviewersOf(second))).containsExactlyInAnyOrder(List.of(ours.getId()),
				List.of());
		assertThat(reviewersOf(elsewhere)).containsExactly(theirs.getId());

		// A reviewer of another call is refused by hand, with the reason; so is a maximum above the call's.
		mvc.perform(staff(post("/staff/calls/{id}/assignment/pairs", one.getId())
				.param("proposalId", first.getId().toString()).param("reviewerId", theirs.getId().toString())))
			.andExpect(flash().attribute("refusal",
					theirs.getFullName() + " does not take part in this call: add them to its reviewers first."));
		mvc.perform(staff(post("/staff/calls/{id}/pool/{r}/maximum", one.getId(), ours.getId()).param("maximum", "500")))
			.andExpect(flash().attribute("refusal",
					"A reviewer's own maximum is a whole number from 1 to the call's maximum of 12."));
		mvc.perform(staff(post("/staff/calls/{id}/pool/{r}/remove", one.getId(), ours.getId())))
			.andExpect(flash().attribute("refusal", "This reviewer has proposals of this call: take them off first."));
		mvc.perform(staff(get("/staff/calls/{id}/evaluation", one.getId())))
			.andExpect(content().string(containsString(ours.getFullName())))
			.andExpect(content().string(containsString("1 of 1")));
		mvc.perform(staff(get("/staff/calls/{id}/evaluation", other.getId())))
			.andExpect(content().string(not(containsString("PA" + tag))));
	}

	private ReviewAssignment pair(Proposal proposal, PortalUser reviewer) {
		return assignments.findByProposalIdAndReviewerId(proposal.getId(), reviewer.getId()).orElseThrow();
	}

	private String responseOf(Proposal proposal, PortalUser reviewer) {
		return jdbc.sql("select response from review_assignments where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), reviewer.getId())
			.query(String.class)
			.single();
	}

	private List<Long> reviewersOf(Proposal proposal) {
		return jdbc.sql("select reviewer_id from review_assignments where proposal_id = ? order by reviewer_id")
			.param(proposal.getId())
			.query(Long.class)
			.list();
	}

	private boolean released(Call call) {
		return jdbc.sql("select assignment_released_at is not null from calls where id = ?").param(call.getId())
			.query(Boolean.class)
			.single();
	}

	/** A reviewer whose expertise is the test's tag, a word no other reviewer of the test database shares. */
	private PortalUser reviewer(String expertise) {
		PortalUser reviewer = data.user(Role.REVIEWER);
		jdbc.sql("insert into reviewer_profiles (user_id, expertise) values (?, ?)")
			.params(reviewer.getId(), new String[] { expertise })
			.update();
		return reviewer;
	}

	private void pool(Call call, PortalUser... reviewers) throws Exception {
		for (PortalUser reviewer : reviewers) {
			mvc.perform(staff(post("/staff/calls/{id}/pool", call.getId()).param("reviewerId", reviewer.getId().toString())))
				.andExpect(flash().attribute("poolChanged", true));
		}
	}

	private static String tag() {
		return TestData.unique().substring(0, 5).toUpperCase();
	}

	private PortalUser staff;

	private PortalUser staff() {
		if (this.staff == null) {
			this.staff = data.user(Role.STAFF);
		}
		return this.staff;
	}

	private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(userDetails.loadUserByUsername(staff().getEmail())));
	}
}
