package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * Staff open a call's dashboard from their list of calls in Chromium: each chart is an image with its name, its
 * figures in the table beside it; on a phone the charts fit the screen and nothing scrolls sideways.
 */
@PortalBrowserTest
class CallDashboardBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffOpenTheDashboardAndReadEachChartAndItsTable() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		data.submittedProposal(call, applicant, "VIEWA" + TestData.unique().substring(0, 4));
		data.submittedProposal(call, applicant, "VIEWB" + TestData.unique().substring(0, 4));
		InfoSession session = data.session(call, "Webinar " + TestData.unique(), call.getDeadline().minus(Duration.ofDays(7)));
		jdbc.sql("""
				insert into info_session_registrations (session_id, attendance, name, email, organisation,
				consent_registration, status, cancel_token_hash, created_at)
				values (?, 'IN_PERSON', 'Bert Janssens', ?, 'Acme NV', true, 'CONFIRMED', ?, now())""")
			.params(session.getId(), "bert-" + TestData.unique() + "@example.org", TestData.unique())
			.update();

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			// The first pages of a portal just started may take their time on a busy machine; steps still fail fast.
			context.setDefaultNavigationTimeout(30_000);
			Page page = Browser.signIn(context, staff);
			page.navigate("/staff/calls");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard (" + call.getCode() + ")")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(
					"Dashboard: " + call.getTitle());

			for (String name : new String[] { "Proposals started and submitted per day",
					"Proposals by goal of the call", "Proposals by disease area",
					"Consortium members by their organisation's region",
					"Budget requested by the submitted proposals against the call's budget",
					"Submitted proposals by eligibility", "Connect introductions sent",
					"Confirmed registrations, waiting list and seats per information session" }) {
				assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(name))).isVisible();
			}
			assertThat(page.locator("svg[role=img]")).hasCount(8);

			Locator budget = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Budgets in EUR"));
			assertThat(row(budget, "The call's budget")).containsText("10,000,000");
			assertThat(row(budget, "Requested by the submitted proposals")).containsText("1,600,000");
			assertThat(row(budget, "Requested by the eligible ones")).containsText("1,600,000");
			Locator eligibility = page.getByRole(AriaRole.TABLE,
					new Page.GetByRoleOptions().setName("Submitted proposals by eligibility"));
			assertThat(row(eligibility, "Eligible by the check")).containsText("2");
			Locator regions = page.getByRole(AriaRole.TABLE,
					new Page.GetByRoleOptions().setName("Consortium members by region"));
			assertThat(row(regions, "Flemish Region")).containsText("8");
			Locator sessions = page.getByRole(AriaRole.TABLE,
					new Page.GetByRoleOptions().setName("Registrations and seats per information session"));
			assertThat(sessions.getByRole(AriaRole.ROW).nth(1)).containsText("120");
			// The bars carry their values as text, so that the picture reads without its colours.
			assertThat(page.locator("#chart-budget-title")).hasCount(1);
			assertThat(page.locator("svg[aria-labelledby=chart-budget-title] text").filter(
					new Locator.FilterOptions().setHasText("EUR 1,600,000"))).hasCount(2);
		}

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			context.setDefaultNavigationTimeout(30_000);
			Page page = Browser.signIn(context, staff);
			page.navigate("/staff/calls/" + call.getId() + "?lang=nl");
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(
					"Budget gevraagd door de ingediende voorstellen tegenover het budget van de oproep"))).isVisible();
			assertThat(row(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Budgetten in EUR")),
					"Gevraagd door de ingediende voorstellen")).containsText("1.600.000");
			org.assertj.core.api.Assertions.assertThat((String) page.evaluate("""
					() => [...document.querySelectorAll('main *')]
					  .filter(element => element.getBoundingClientRect().right > document.documentElement.clientWidth)
					  .map(element => element.tagName + ' ' + (element.textContent || '').trim().slice(0, 40)).join('; ')"""))
				.as("what sticks out of the phone's width")
				.isEmpty();
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
				.as("the page scrolls sideways on a phone")
				.isFalse();
			org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
					"() => [...document.querySelectorAll('svg.chart')].every(svg => svg.getBoundingClientRect().right <= 390)"))
				.as("every chart fits the phone's width")
				.isTrue();
		}
	}

	private static Locator row(Locator table, String header) {
		return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
				table.page().getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(header).setExact(true))));
	}
}
