package health.flanders.portal.web.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.evaluation.ReviewerConflicts;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * A reviewer's way to a proposal's text: accept or decline it, declare no conflict, accept the call's confidentiality
 * undertaking; no text or file before, each step audited, and nothing at all once declined or in conflict.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class ReviewerResponseIntegrationTests {

	static final Instant RELEASED = Instant.parse("2027-06-01T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@Autowired
	ReviewerConflicts conflicts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aReviewerAcceptsDeclaresAndAcceptsTheUndertakingBeforeAnyTextOrFileIsShown() throws Exception {
		Assigned assigned = assigned(2);
		Proposal proposal = assigned.proposals().get(0);
		RequestPostProcessor reviewer = as(assigned.reviewer());

		mvc.perform(get("/reviews").with(reviewer))
			.andExpect(content().string(containsString(proposal.getAcronym())))
			.andExpect(content().string(containsString("Accept or decline")));
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Will you review " + proposal.getAcronym() + "?")))
			.andExpect(content().string(containsString(proposal.getTitle())))
			.andExpect(noText(proposal));
		expectNoTextReachable(proposal, reviewer);
		// Neither the declaration nor the undertaking come before the answer.
		mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false")
				.header("Referer", "http://localhost/reviews/" + proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews/" + proposal.getId()))
			.andExpect(flash().attribute("refusal", "Accept or decline the proposal first."));
		mvc.perform(post("/reviews/{id}/undertaking", proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(flash().attribute("refusal", "Accept or decline the proposal first."));

		clock.setInstant(RELEASED.plusSeconds(3600));
		mvc.perform(post("/reviews/{id}/accept", proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews/" + proposal.getId()));
		assertThat(response(assigned, proposal)).isEqualTo("ACCEPTED");
		assertThat(AuditEntries.of(audit, assigned.reviewer().getEmail(), "ASSIGNMENT_ACCEPTED", proposal.getId()))
			.hasSize(1);
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer))
			.andExpect(content().string(containsString("Do you have a conflict of interest")))
			.andExpect(noText(proposal));
		expectNoTextReachable(proposal, reviewer);
		mvc.perform(post("/reviews/{id}/undertaking", proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(flash().attribute("refusal", "Declare your conflicts of interest with the proposal first."));

		mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false").with(csrf())
				.with(reviewer))
			.andExpect(redirectedUrl("/reviews/" + proposal.getId()));
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer))
			.andExpect(content().string(containsString("Confidentiality undertaking: " + assigned.call().getCode())))
			.andExpect(content().string(containsString("delete every file of the proposal you downloaded")))
			.andExpect(noText(proposal));
		expectNoTextReachable(proposal, reviewer);
		assertThat(openedAt(assigned, proposal)).isNull();

		Instant accepted = RELEASED.plusSeconds(7200);
		clock.setInstant(accepted);
		mvc.perform(post("/reviews/{id}/undertaking", proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews/" + proposal.getId()))
			.andExpect(flash().attribute("undertaken", true));
		assertThat(jdbc.sql("select accepted_at from reviewer_undertakings where call_id = ? and reviewer_id = ?")
			.params(assigned.call().getId(), assigned.reviewer().getId())
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(accepted);
		assertThat(AuditEntries.of(audit, assigned.reviewer().getEmail(), "UNDERTAKING_ACCEPTED", assigned.call().getId()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("reviewer " + assigned.reviewer().getId()));

		// The text at last, and the first opening recorded, once.
		clock.setInstant(accepted.plusSeconds(60));
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer))
			.andExpect(content().string(containsString("Abstract of " + proposal.getAcronym())));
		clock.setInstant(accepted.plusSeconds(600));
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer)).andExpect(status().isOk());
		assertThat(openedAt(assigned, proposal)).isEqualTo(accepted.plusSeconds(60));
		mvc.perform(get("/reviews/{id}/attachments/{a}", proposal.getId(), attachment(proposal)).with(reviewer))
			.andExpect(status().isOk());

		// The undertaking is the call's: the next proposal of the call needs none again.
		Proposal next = assigned.proposals().get(1);
		mvc.perform(post("/reviews/{id}/accept", next.getId()).param("fromList", "true").with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews"))
			.andExpect(flash().attribute("accepted", next.getAcronym()));
		mvc.perform(post("/reviews/{id}/declaration", next.getId()).param("inConflict", "false").with(csrf())
				.with(reviewer))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/reviews/{id}", next.getId()).with(reviewer))
			.andExpect(content().string(containsString("Abstract of " + next.getAcronym())));
		assertThat(AuditEntries.of(audit, assigned.reviewer().getEmail(), "UNDERTAKING_ACCEPTED", assigned.call().getId()))
			.hasSize(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void aReviewerDeclinesWithAReasonAndFindsTheProposalDeclinedOnTheirListAndNowhereElse() throws Exception {
		Assigned assigned = assigned(1);
		Proposal proposal = assigned.proposals().get(0);
		RequestPostProcessor reviewer = as(assigned.reviewer());

		mvc.perform(post("/reviews/{id}/decline", proposal.getId()).param("reason", "  ").with(csrf()).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\">Say why you decline the proposal.")))
			.andExpect(noText(proposal));
		String tooLong = "Travelling. " + "x".repeat(2000);
		mvc.perform(post("/reviews/{id}/decline", proposal.getId()).param("reason", tooLong).with(csrf()).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Keep the reason under 2,000 characters.")))
			.andExpect(content().string(containsString(tooLong)));
		assertThat(response(assigned, proposal)).isEqualTo("PENDING");

		mvc.perform(post("/reviews/{id}/decline", proposal.getId()).param("reason", " I am abroad all summer. ")
				.with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews"))
			.andExpect(flash().attribute("declined", proposal.getAcronym()));
		assertThat(response(assigned, proposal)).isEqualTo("DECLINED");
		assertThat(AuditEntries.of(audit, assigned.reviewer().getEmail(), "ASSIGNMENT_DECLINED", proposal.getId()))
			.extracting(entry -> entry.details())
			.containsExactly("reason: I am abroad all summer.");

		mvc.perform(get("/reviews").with(reviewer))
			.andExpect(content().string(containsString(proposal.getAcronym())))
			.andExpect(content().string(containsString("Declined")))
			.andExpect(content().string(not(containsString("href=\"/reviews/" + proposal.getId() + "\""))));
		expectNotFoundEverywhere(proposal, reviewer);
	}

	@Test
	void declineIsRefusedOnceAReviewIsSavedAndTheAssignmentStaysAccepted() throws Exception {
		Assigned assigned = assigned(1);
		Proposal proposal = assigned.proposals().get(0);
		RequestPostProcessor reviewer = as(assigned.reviewer());
		readyToRead(proposal, reviewer);
		long criterion = criteria(assigned.call()).get(0);
		mvc.perform(post("/reviews/{id}", proposal.getId()).param("scores[" + criterion + "].score", "3")
				.param("scores[" + criterion + "].comment", "Started.").with(csrf()).with(reviewer))
			.andExpect(flash().attribute("saved", true));

		mvc.perform(post("/reviews/{id}/decline", proposal.getId()).param("reason", "Too busy after all.")
				.header("Referer", "http://localhost/reviews/" + proposal.getId()).with(csrf()).with(reviewer))
			.andExpect(redirectedUrl("/reviews/" + proposal.getId()))
			.andExpect(flash().attribute("refusal", containsString("can no longer decline it")));
		assertThat(response(assigned, proposal)).isEqualTo("ACCEPTED");
		assertThat(AuditEntries.of(audit, assigned.reviewer().getEmail(), "ASSIGNMENT_DECLINED", proposal.getId()))
			.isEmpty();
	}

	@Test
	void aReviewSavedFromAPageLoadedBeforeTheLastSaveKeepsTheTypedTextAndSaysWhy() throws Exception {
		Assigned assigned = assigned(1);
		Proposal proposal = assigned.proposals().get(0);
		RequestPostProcessor reviewer = as(assigned.reviewer());
		readyToRead(proposal, reviewer);
		long criterion = criteria(assigned.call()).get(0);
		mvc.perform(post("/reviews/{id}", proposal.getId()).param("version", "-1")
				.param("scores[" + criterion + "].score", "3").param("scores[" + criterion + "].comment", "First window.")
				.with(csrf()).with(reviewer))
			.andExpect(flash().attribute("saved", true));

		mvc.perform(post("/reviews/{id}", proposal.getId()).param("version", "-1")
				.param("scores[" + criterion + "].score", "1").param("scores[" + criterion + "].comment", "Second window.")
				.with(csrf()).with(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This review was saved in another window meanwhile")))
			.andExpect(content().string(containsString("Second window.")));
		assertThat(jdbc.sql("select s.comment from review_scores s join reviews r on r.id = s.review_id "
				+ "where r.proposal_id = ? and s.criterion_id = ?")
			.params(proposal.getId(), criterion)
			.query(String.class)
			.single()).isEqualTo("First window.");
		long version = jdbc.sql("select version from reviews where proposal_id = ?").param(proposal.getId())
			.query(Long.class).single();
		mvc.perform(post("/reviews/{id}", proposal.getId()).param("version", Long.toString(version))
				.param("scores[" + criterion + "].score", "1").param("scores[" + criterion + "].comment", "Second window.")
				.with(csrf()).with(reviewer))
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select version from reviews where proposal_id = ?").param(proposal.getId())
			.query(Long.class).single()).isEqualTo(version + 1);
	}

	@Test
	void aReviewerInConflictGetsNotFoundOnEveryStepEvenAfterReading() throws Exception {
		Assigned assigned = assigned(1);
		Proposal proposal = assigned.proposals().get(0);
		RequestPostProcessor reviewer = as(assigned.reviewer());
		readyToRead(proposal, reviewer);
		PortalUser staff = data.user(Role.STAFF);
		conflicts.rule(proposal.getId(), assigned.reviewer().getId(), true, "Co-author of the coordinator.",
				staff.getId(), staff.getEmail());

		expectNotFoundEverywhere(proposal, reviewer);
		mvc.perform(get("/reviews").with(reviewer)).andExpect(content().string(not(containsString(proposal.getAcronym()))));
	}

	/** Accepts the proposal, declares no conflict and accepts the undertaking. */
	private void readyToRead(Proposal proposal, RequestPostProcessor reviewer) throws Exception {
		for (MockHttpServletRequestBuilder step : List.of(post("/reviews/{id}/accept", proposal.getId()),
				post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false"),
				post("/reviews/{id}/undertaking", proposal.getId()))) {
			mvc.perform(step.with(csrf()).with(reviewer)).andExpect(redirectedUrl("/reviews/" + proposal.getId()));
		}
	}

	private void expectNoTextReachable(Proposal proposal, RequestPostProcessor reviewer) throws Exception {
		mvc.perform(get("/reviews/{id}/attachments/{a}", proposal.getId(), attachment(proposal)).with(reviewer))
			.andExpect(status().isNotFound());
		mvc.perform(post("/reviews/{id}", proposal.getId()).param("submit", "true").with(csrf()).with(reviewer))
			.andExpect(status().isNotFound());
	}

	private void expectNotFoundEverywhere(Proposal proposal, RequestPostProcessor reviewer) throws Exception {
		mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer)).andExpect(status().isNotFound());
		expectNoTextReachable(proposal, reviewer);
		for (String step : List.of("accept", "declaration", "undertaking", "decline")) {
			mvc.perform(post("/reviews/{id}/" + step, proposal.getId()).param("inConflict", "false")
					.param("reason", "Anyway.").with(csrf()).with(reviewer))
				.andExpect(status().isNotFound());
		}
	}

	private static ResultMatcher noText(Proposal proposal) {
		return content().string(not(containsString("Abstract of " + proposal.getAcronym())));
	}

	/** A released call with this many proposals, each assigned to one new reviewer. */
	private Assigned assigned(int count) {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String tag = TestData.unique().substring(0, 4).toUpperCase();
		PortalUser reviewer = data.user(Role.REVIEWER);
		List<Proposal> proposals = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			Proposal proposal = data.submittedProposal(call, applicant, "RS" + (char) ('A' + i) + tag);
			jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at) "
					+ "values (?, ?, 0.5, true, ?)")
				.params(proposal.getId(), reviewer.getId(), RELEASED.atOffset(ZoneOffset.UTC))
				.update();
			proposals.add(proposal);
		}
		data.passDeadline(call);
		jdbc.sql("update calls set assignment_released_at = ? where id = ?")
			.params(RELEASED.atOffset(ZoneOffset.UTC), call.getId())
			.update();
		return new Assigned(call, reviewer, proposals);
	}

	record Assigned(Call call, PortalUser reviewer, List<Proposal> proposals) {
	}

	private String response(Assigned assigned, Proposal proposal) {
		return jdbc.sql("select response from review_assignments where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), assigned.reviewer().getId())
			.query(String.class)
			.single();
	}

	private Instant openedAt(Assigned assigned, Proposal proposal) {
		return jdbc.sql("select opened_at from review_assignments where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), assigned.reviewer().getId())
			.query((rs, row) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant)
			.orElse(null);
	}

	private long attachment(Proposal proposal) {
		return jdbc.sql("select id from proposal_attachments where proposal_id = ? limit 1").param(proposal.getId())
			.query(Long.class)
			.single();
	}

	private List<Long> criteria(Call call) {
		return jdbc.sql("select id from evaluation_criteria where call_id = ? order by position").param(call.getId())
			.query(Long.class)
			.list();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
