package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.flanders.portal.web.support.Browser.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.evaluation.ReviewScore;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.evaluation.CallDecision;
import health.flanders.portal.web.evaluation.Consensus;
import health.flanders.portal.web.evaluation.ReviewerAssignments;
import health.flanders.portal.web.evaluation.ReviewerConflicts;
import health.flanders.portal.web.reviews.ReviewerResponses;
import health.flanders.portal.web.reviews.Reviews;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * The evaluation in Chromium: a reviewer declares, scores and submits on a phone; staff assign, adjust, agree, rank
 * and decide; an applicant downloads the evaluation summary report.
 */
@PortalBrowserTest
class EvaluationBrowserTests {

	static final List<String> CRITERIA = List.of("Scientific and technological quality", "Medical need",
			"Economic impact (valorisation in Flanders)", "Societal impact", "Consortium quality and balance");

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewerAssignments assignments;

	@Autowired
	ReviewerConflicts conflicts;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewerResponses responses;

	@Autowired
	Consensus consensus;

	@Autowired
	CallDecision decision;

	@Test
	void aReviewerDeclaresNoConflictScoresAndSubmitsOnAPhone() {
		Evaluation evaluation = evaluation(1);
		assignments.propose(evaluation.call().getId(), "staff@example.org");
		data.passDeadline(evaluation.call());
		assignments.release(evaluation.call().getId(), "staff@example.org");
		PortalUser reviewer = evaluation.reviewers().get(0);
		Proposal proposal = evaluation.proposals().get(0);
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			Page page = signIn(context, reviewer);
			page.navigate("/reviews");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(proposal.getAcronym()).setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Conflicts of interest: " + proposal.getAcronym());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare")).click();
			assertThat(page.getByText("Say whether you have a conflict of interest.").first()).isVisible();
			page.getByLabel("No, I have no conflict of interest").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I accept")).click();

			assertThat(page.getByText("Abstract of " + proposal.getAcronym())).isVisible();
			page.getByLabel("Score for Medical need (0 to 5)").fill("4,5");
			page.getByLabel("Comment on Medical need").fill("A real and urgent need.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
			assertThat(page.getByText("Your draft is saved.")).isVisible();
			assertThat(page.getByLabel("Score for Medical need (0 to 5)")).hasValue("4.5");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the review")).click();
			assertThat(page.getByText("Give a score for this criterion before you submit.").first()).isVisible();
			for (String criterion : CRITERIA) {
				page.getByLabel("Score for " + criterion + " (0 to 5)").fill("3.5");
				page.getByLabel("Comment on " + criterion).fill("Comment on " + criterion.toLowerCase());
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the review")).click();
			assertThat(page.getByText("Your review is submitted.")).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the review"))).hasCount(0);
		}
		assertThat(jdbc.sql("select status from reviews where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), reviewer.getId()).query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void staffAssignAdjustAgreeRankAndDecide() {
		Evaluation evaluation = evaluation(2);
		long callId = evaluation.call().getId();
		Proposal first = evaluation.proposals().get(0);
		Proposal second = evaluation.proposals().get(1);
		PortalUser staff = data.user(Role.STAFF);
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
			Page page = signIn(context, staff);
			page.navigate("/staff/calls/" + callId + "/evaluation");
			page.getByLabel("Reviewers per proposal").fill("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the criteria and rules")).click();
			assertThat(page.getByText("The criteria and rules are saved.")).isVisible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the optimal assignment")).click();
			assertThat(page.getByText("The optimal assignment is proposed")).isVisible();
			assertThat(assigned(first)).hasSize(2);

			// Take one reviewer off the first proposal and put another on by hand.
			page.locator("tr", new Page.LocatorOptions().setHasText(first.getAcronym()))
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove").setExact(false))
				.first()
				.click();
			assertThat(page.getByText("The assignment is changed.")).isVisible();
			assertThat(assigned(first)).hasSize(1);
			page.getByLabel("Proposal", new Page.GetByLabelOptions().setExact(true)).selectOption(first.getId().toString());
			long free = evaluation.reviewers().stream().map(PortalUser::getId)
				.filter(id -> !assigned(first).contains(id)).findFirst().orElseThrow();
			page.getByLabel("Reviewer", new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(free));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the reviewer")).click();
			assertThat(page.getByText("The assignment is changed.")).isVisible();
			assertThat(assigned(first)).hasSize(2).contains(free);

			data.passDeadline(evaluation.call());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Release and e-mail the reviewers")).click();
			assertThat(page.getByText("The assignment is released and every reviewer is e-mailed their list.")).isVisible();

			for (Proposal proposal : List.of(first, second)) {
				for (long reviewer : assigned(proposal)) {
					submitReview(proposal, reviewer, proposal == first ? "4.5" : "3.5");
				}
			}

			page.navigate("/staff/proposals/" + first.getId() + "/evaluation");
			for (String criterion : CRITERIA) {
				assertThat(page.getByLabel("Consensus score for " + criterion)).hasValue("4.5");
				page.getByLabel("Justification for " + criterion).fill("The panel agreed on " + criterion.toLowerCase() + ".");
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the consensus")).click();
			assertThat(page.getByText("The consensus is saved.")).isVisible();
			agree(callId, second, "3.5");

			page.navigate("/staff/calls/" + callId + "/ranking");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Ranking of " + evaluation.call().getCode());
			assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(first.getAcronym()))).containsText("Funded");
			assertThat(page.getByText("Funding line: EUR 1,600,000.00 of EUR 10,000,000.00 used").first()).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the decision and e-mail the applicants")).click();
			assertThat(page.getByText("The decision is confirmed and the applicants are e-mailed.")).isVisible();
		}
		assertThat(jdbc.sql("select status from proposals where id = ?").param(first.getId()).query(String.class).single())
			.isEqualTo("FUNDED");
	}

	@Test
	void anApplicantDownloadsTheEvaluationSummaryReportOnceTheCallIsDecided() throws Exception {
		Evaluation evaluation = evaluation(1);
		long callId = evaluation.call().getId();
		Proposal proposal = evaluation.proposals().get(0);
		assignments.propose(callId, "staff@example.org");
		data.passDeadline(evaluation.call());
		assignments.release(callId, "staff@example.org");
		agree(callId, proposal, "4");
		PortalUser staff = data.user(Role.STAFF);
		decision.decide(callId, staff.getId(), staff.getEmail());
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
			Page page = signIn(context, evaluation.applicant());
			page.navigate("/proposals");
			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluation summary report (PDF)"))
				.click());
			assertThat(download.suggestedFilename()).isEqualTo("evaluation-summary-" + proposal.getAcronym() + ".pdf");
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	/** A call with this many submitted proposals and three reviewers whose expertise is the proposals' acronyms. */
	private Evaluation evaluation(int proposals) {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String tag = TestData.unique().substring(0, 4).toUpperCase();
		List<Proposal> submitted = new ArrayList<>();
		for (int i = 0; i < proposals; i++) {
			submitted.add(data.submittedProposal(call, applicant, "EV" + (char) ('A' + i) + tag));
		}
		String[] expertise = submitted.stream().map(Proposal::getAcronym).toArray(String[]::new);
		List<PortalUser> reviewers = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			PortalUser reviewer = data.user(Role.REVIEWER);
			jdbc.sql("insert into reviewer_profiles (user_id, expertise) values (?, ?)").params(reviewer.getId(), expertise)
				.update();
			jdbc.sql("insert into call_reviewers (call_id, reviewer_id) values (?, ?)").params(call.getId(), reviewer.getId())
				.update();
			reviewers.add(reviewer);
		}
		jdbc.sql("update calls set reviewers_per_proposal = 2 where id = ?").param(call.getId()).update();
		return new Evaluation(call, applicant, submitted, reviewers);
	}

	record Evaluation(Call call, PortalUser applicant, List<Proposal> proposals, List<PortalUser> reviewers) {
	}

	private List<Long> assigned(Proposal proposal) {
		return jdbc.sql("select reviewer_id from review_assignments where proposal_id = ?").param(proposal.getId())
			.query(Long.class).list();
	}

	private List<Long> criteria(long callId) {
		return jdbc.sql("select id from evaluation_criteria where call_id = ? order by position").param(callId)
			.query(Long.class).list();
	}

	private void submitReview(Proposal proposal, long reviewer, String score) {
		responses.accept(proposal.getId(), reviewer, "reviewer@example.org");
		conflicts.declare(proposal.getId(), reviewer, false, null, "reviewer@example.org");
		responses.acceptUndertaking(proposal.getId(), reviewer, "reviewer@example.org");
		Map<Long, ReviewScore> scores = new LinkedHashMap<>();
		criteria(proposal.getCall().getId()).forEach(id -> scores.put(id, new ReviewScore(new BigDecimal(score), "Fine.")));
		reviews.save(proposal.getId(), reviewer, -1, scores, true, "reviewer@example.org");
	}

	private void agree(long callId, Proposal proposal, String score) {
		Map<Long, Consensus.Agreed> agreed = new LinkedHashMap<>();
		criteria(callId).forEach(id -> agreed.put(id, new Consensus.Agreed(new BigDecimal(score), "Agreed.")));
		PortalUser staff = data.user(Role.STAFF);
		consensus.record(proposal.getId(), agreed, null, staff.getId(), staff.getEmail());
	}
}
