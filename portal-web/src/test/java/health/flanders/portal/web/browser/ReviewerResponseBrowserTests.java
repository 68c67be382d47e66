package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.flanders.portal.web.support.Browser.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/** A reviewer on a phone declines one proposal with a reason, accepts another and the undertaking, and scores it. */
@PortalBrowserTest
class ReviewerResponseBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewerDeclinesOneProposalAcceptsTheUndertakingAndScoresAnother() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String tag = TestData.unique().substring(0, 4).toUpperCase();
		Proposal declined = data.submittedProposal(call, applicant, "RBA" + tag);
		Proposal scored = data.submittedProposal(call, applicant, "RBB" + tag);
		PortalUser reviewer = data.user(Role.REVIEWER);
		for (Proposal proposal : List.of(declined, scored)) {
			jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at) "
					+ "values (?, ?, 0.5, true, now())")
				.params(proposal.getId(), reviewer.getId())
				.update();
		}
		data.passDeadline(call);
		jdbc.sql("update calls set assignment_released_at = ? where id = ?")
			.params(Instant.now().atOffset(ZoneOffset.UTC), call.getId())
			.update();

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			Page page = signIn(context, reviewer);
			page.navigate("/reviews");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decline " + declined.getAcronym())).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Will you review " + declined.getAcronym() + "?");
			assertThat(page.getByText("Abstract of " + declined.getAcronym())).hasCount(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.ALERT).getByText("Say why you decline the proposal.")).isVisible();
			page.getByLabel("Why you decline it").fill("I co-supervise a PhD with its coordinator.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Decline").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("You declined " + declined.getAcronym());
			assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(declined.getAcronym())
				.setExact(false))).containsText("Declined");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(declined.getAcronym())
				.setExact(true))).hasCount(0);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + scored.getAcronym())).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("You accepted " + scored.getAcronym());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(scored.getAcronym()).setExact(true)).click();
			page.getByLabel("No, I have no conflict of interest").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Declare")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Confidentiality undertaking: " + call.getCode());
			assertThat(page.getByText("Abstract of " + scored.getAcronym())).hasCount(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I accept")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Thank you for accepting");
			assertThat(page.getByText("Abstract of " + scored.getAcronym())).isVisible();

			for (String criterion : EvaluationBrowserTests.CRITERIA) {
				page.getByLabel("Score for " + criterion + " (0 to 5)").fill("4");
				page.getByLabel("Comment on " + criterion).fill("Comment on " + criterion.toLowerCase());
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the review")).click();
			assertThat(page.getByText("Your review is submitted.")).isVisible();
		}
		assertThat(jdbc.sql("select status from reviews where proposal_id = ? and reviewer_id = ?")
			.params(scored.getId(), reviewer.getId()).query(String.class).single()).isEqualTo("SUBMITTED");
		assertThat(jdbc.sql("select decline_reason from review_assignments where proposal_id = ? and reviewer_id = ?")
			.params(declined.getId(), reviewer.getId()).query(String.class).single())
			.isEqualTo("I co-supervise a PhD with its coordinator.");
		assertThat(jdbc.sql("select count(*) from reviewer_undertakings where call_id = ? and reviewer_id = ?")
			.params(call.getId(), reviewer.getId()).query(Integer.class).single()).isOne();
	}
}
