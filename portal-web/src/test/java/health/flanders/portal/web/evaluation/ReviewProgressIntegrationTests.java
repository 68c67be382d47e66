package health.flanders.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.evaluation.ReviewProgress.Tally;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * The progress of a call's reviews as staff follow it: each assigned pair counted once by where it stands, per
 * proposal and per reviewer, pairs in conflict left out.
 */
@PortalIntegrationTest
class ReviewProgressIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewProgress progress;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	PortalUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	UserDetailsService userDetails;

	/**
	 * ALPHA: Ann done, Bart started, Chris opened, Dirk not opened, Eva declined, Frank in conflict. BETA: Ann
	 * started, Dirk done.
	 */
	private record Setting(Call call, Proposal alpha, Proposal beta, List<PortalUser> reviewers) {
	}

	@Test
	void eachPairCountsOnceByWhereItStandsPerProposalAndPerReviewerWithoutThoseInConflict() {
		Setting setting = evaluation();
		List<PortalUser> r = setting.reviewers();

		ReviewProgress.Progress figures = progress.of(setting.call().getId());

		assertThat(figures.proposals()).containsExactly(
				new Tally(setting.alpha().getId(), "ALPHA", 1, 1, 1, 1, 1),
				new Tally(setting.beta().getId(), "BETA", 1, 1, 0, 0, 0));
		assertThat(figures.reviewers()).containsExactly(
				new Tally(r.get(0).getId(), "Ann Aerts", 1, 1, 0, 0, 0),
				new Tally(r.get(1).getId(), "Bart Baert", 0, 1, 0, 0, 0),
				new Tally(r.get(2).getId(), "Chris Claes", 0, 0, 1, 0, 0),
				new Tally(r.get(3).getId(), "Dirk Dewit", 1, 0, 0, 1, 0),
				new Tally(r.get(4).getId(), "Eva Evers", 0, 0, 0, 0, 1));
		assertThat(figures.proposals().get(0).expected()).isEqualTo(4);
		assertThat(figures.proposals().get(0).percentDone()).isEqualTo(25);
		assertThat(figures.reviewers().get(4).expected()).isZero();
	}

	@Test
	void staffSeeTheProgressWithTheReviewDeadlineAndAnAccessibleBarPerRow() throws Exception {
		Setting setting = evaluation();
		LocalDateTime due = LocalDateTime.now(BrusselsTime.ZONE).plusWeeks(5).withHour(17).withMinute(0).withSecond(0).withNano(0);
		deadlines.change(setting.call().getId(), due, "staff@example.org");

		mvc.perform(get("/staff/calls/{id}/evaluation/progress", setting.call().getId()).with(as(data.user(Role.STAFF))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Progress of the reviews of " + setting.call().getCode() + "</h1>")))
			.andExpect(content().string(containsString("Reviews are due on")))
			.andExpect(content().string(containsString(
					"role=\"progressbar\" aria-valuenow=\"1\" aria-valuemin=\"0\" aria-valuemax=\"4\" aria-valuetext=\"1 of 4 done\" aria-label=\"Reviews done: ALPHA\"")))
			.andExpect(content().string(containsString("progress-bar bg-success progress-width-25")))
			.andExpect(content().string(containsString("aria-label=\"Reviews done: Dirk Dewit\"")))
			.andExpect(content().string(containsString("<span class=\"small\">0 of 0 done</span>")))
			.andExpect(content().string(not(containsString("Frank Fierens"))));
	}

	@Test
	void theProgressPageSpeaksDutch() throws Exception {
		Setting setting = evaluation();

		mvc.perform(get("/staff/calls/{id}/evaluation/progress", setting.call().getId()).with(as(data.user(Role.STAFF)))
				.header("Accept-Language", "nl-BE"))
			.andExpect(content().string(containsString("Voortgang van de reviews van " + setting.call().getCode())))
			.andExpect(content().string(containsString("Er is nog geen reviewdeadline.")))
			.andExpect(content().string(containsString("1 van 4 klaar")))
			.andExpect(content().string(containsString("Niet geopend")));
	}

	@Test
	void aCallWithoutAssignmentsSaysSoAndAnUnknownCallIsNotFound() throws Exception {
		Call call = data.openCall();
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(get("/staff/calls/{id}/evaluation/progress", call.getId()).with(as(staff)))
			.andExpect(content().string(containsString("No reviewer is assigned yet.")));
		mvc.perform(get("/staff/calls/{id}/evaluation/progress", Long.MAX_VALUE).with(as(staff)))
			.andExpect(status().isNotFound());
	}

	private Setting evaluation() {
		Call call = data.openCall();
		Proposal alpha = data.completeProposal(call, data.user(Role.APPLICANT), "ALPHA");
		Proposal beta = data.completeProposal(call, data.user(Role.APPLICANT), "BETA");
		data.passDeadline(call);
		jdbc.sql("update calls set status = 'IN_EVALUATION', evaluation_started_at = now(), assignment_released_at = now() where id = ?")
			.param(call.getId())
			.update();
		List<PortalUser> reviewers = List.of(reviewer("Ann Aerts"), reviewer("Bart Baert"), reviewer("Chris Claes"),
				reviewer("Dirk Dewit"), reviewer("Eva Evers"), reviewer("Frank Fierens"));
		for (PortalUser reviewer : reviewers) {
			assign(alpha, reviewer);
		}
		review(alpha, reviewers.get(0), "SUBMITTED");
		review(alpha, reviewers.get(1), "DRAFT");
		jdbc.sql("update review_assignments set opened_at = now() where proposal_id = ? and reviewer_id = ?")
			.params(alpha.getId(), reviewers.get(2).getId())
			.update();
		jdbc.sql("""
				update review_assignments set response = 'DECLINED', responded_at = now(), decline_reason = 'On leave.'
				where proposal_id = ? and reviewer_id = ?""")
			.params(alpha.getId(), reviewers.get(4).getId())
			.update();
		jdbc.sql("""
				insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, reason, declared_at)
				values (?, ?, true, 'I advise the coordinator.', now())""")
			.params(alpha.getId(), reviewers.get(5).getId())
			.update();
		assign(beta, reviewers.get(0));
		review(beta, reviewers.get(0), "DRAFT");
		assign(beta, reviewers.get(3));
		review(beta, reviewers.get(3), "SUBMITTED");
		return new Setting(call, alpha, beta, reviewers);
	}

	private PortalUser reviewer(String name) {
		return users.save(new PortalUser("reviewer-" + TestData.unique() + "@example.org",
				passwordEncoder.encode(TestData.PASSWORD), name, Locale.ENGLISH, Set.of(Role.REVIEWER),
				Clock.systemUTC()));
	}

	private void assign(Proposal proposal, PortalUser reviewer) {
		jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, created_at) values (?, ?, 0.5, now())")
			.params(proposal.getId(), reviewer.getId())
			.update();
	}

	private void review(Proposal proposal, PortalUser reviewer, String status) {
		jdbc.sql("""
				insert into reviews (proposal_id, reviewer_id, status, updated_at, submitted_at)
				values (?, ?, ?, now(), case when ? = 'SUBMITTED' then now() end)""")
			.params(proposal.getId(), reviewer.getId(), status, status)
			.update();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
