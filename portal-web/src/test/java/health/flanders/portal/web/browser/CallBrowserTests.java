package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * A call's life in Chromium: an admin creates it in both languages, previews and publishes it; an applicant reads it
 * in Dutch and English and starts a proposal; at the deadline (the portal's clock) it shows closed on its page, the
 * dashboard and the API; staff then start its evaluation.
 */
@PortalBrowserTest
@Import(MutableClockConfiguration.class)
class CallBrowserTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void anAdminPublishesACallAnApplicantStartsAProposalAndTheCallClosesAtItsDeadline() {
		PortalUser admin = data.user(Role.ADMIN);
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		String code = "B" + TestData.unique().substring(0, 8).toUpperCase();
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneId.of("Europe/Brussels")).truncatedTo(ChronoUnit.MINUTES);
		LocalDateTime deadline = now.plusDays(10).withHour(17).withMinute(0);

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = signIn(context, admin);
			page.navigate("/admin/calls/new");
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).first().fill(code);
			page.getByLabel("Title in English").fill("Rare diseases " + code);
			page.getByLabel("Title in Dutch").fill("Zeldzame ziekten " + code);
			page.getByLabel("Description in English").fill("A call on rare diseases.");
			page.getByLabel("Description in Dutch").fill("Een oproep over zeldzame ziekten.");
			page.getByLabel("Opens").fill(now.minusDays(1).format(LOCAL));
			page.getByLabel("Deadline", new Page.GetByLabelOptions().setExact(true)).fill(deadline.format(LOCAL));
			page.getByLabel("Budget in EUR").fill("4000000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a goal")).click();
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).nth(1).fill("1");
			page.getByLabel("Title in English").nth(1).fill("Diagnosis");
			page.getByLabel("Title in Dutch").nth(1).fill("Diagnose");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a sub-goal")).click();
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).nth(2).fill("1a");
			page.getByLabel("Title in English").nth(2).fill("Faster diagnosis");
			page.getByLabel("Title in Dutch").nth(2).fill("Snellere diagnose");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the draft")).click();
			assertThat(page.getByText("The draft call " + code + " is created.")).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Preview in Dutch")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zeldzame ziekten " + code))).isVisible();
			page.goBack();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the call")).click();
			assertThat(page.getByText("The call is published")).isVisible();
		}
		long callId = jdbc.sql("select id from calls where code = ?").param(code).query(Long.class).single();

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			Page page = signIn(context, applicant);
			page.navigate("/calls/" + callId + "?lang=nl");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zeldzame ziekten " + code))).isVisible();
			assertThat(page.getByText("Snellere diagnose")).isVisible();
			page.navigate("/calls/" + callId + "?lang=en");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rare diseases " + code))).isVisible();
			page.getByLabel("Acronym").fill("RARE" + code.substring(1, 4));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a proposal").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("RARE" + code.substring(1, 4)))).isVisible();

			clock.setInstant(deadline.atZone(ZoneId.of("Europe/Brussels")).toInstant());
			page.navigate("/calls/" + callId);
			assertThat(page.locator("dd").first()).hasText("Closed");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a proposal").setExact(true))).hasCount(0);
			page.navigate("/proposals");
			assertThat(page.getByText("The deadline has passed.")).isVisible();
			APIResponse api = context.request().get("/api/v1/calls/" + callId, RequestOptions.create());
			org.assertj.core.api.Assertions.assertThat(api.text()).contains("\"status\":\"CLOSED\"");
		}

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = signIn(context, staff);
			page.navigate("/staff/calls/" + callId + "/evaluation");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the evaluation")).click();
			assertThat(page.getByText("The evaluation has started.")).isVisible();
		}
	}

	private Page signIn(BrowserContext context, PortalUser person) {
		Page page = context.newPage();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(person.getEmail());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		return page;
	}
}
