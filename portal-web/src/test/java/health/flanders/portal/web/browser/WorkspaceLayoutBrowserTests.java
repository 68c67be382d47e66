package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * The proposal workspace as an applicant sees it: at desktop width every budget field shows its amount whole and every
 * Remove button is in view; on a phone the eligibility verdict comes first, leads to the panel and changes with it.
 */
@PortalBrowserTest
class WorkspaceLayoutBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void atDesktopWidthTheBudgetsShowHalfAMillionWholeAndTheRemoveButtonsAreInView() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String tag = TestData.unique().substring(0, 6);
		Proposal proposal = data.proposal(call, applicant, "WIDE" + tag.substring(0, 4),
				data.flemishEnterprise("Vlaamse Instelling voor Technologisch Onderzoek " + tag + " NV", "Groep " + tag),
				data.flemishEnterprise("Biomarker Diagnostics " + tag + " BV", null),
				data.university("Katholieke Universiteit Leuven Research and Development " + tag));
		jdbc.sql("update consortium_members set requested_budget_eur = 500000.00 where proposal_id = ?")
			.param(proposal.getId())
			.update();

		for (String language : List.of("en", "nl")) {
			try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
				Page page = Browser.signIn(context, applicant);
				page.waitForURL("**/");
				page.navigate("/proposals/" + proposal.getId() + "?lang=" + language);

				Locator budgets = page.locator("#consortium input[name=budget]");
				assertThat(budgets).hasCount(3);
				for (int i = 0; i < 3; i++) {
					assertThat(budgets.nth(i)).hasValue("500000.00");
					@SuppressWarnings("unchecked")
					Map<String, Number> field = (Map<String, Number>) budgets.nth(i)
						.evaluate("input => ({ scroll: input.scrollWidth, client: input.clientWidth })");
					assertThat(field.get("scroll").intValue()).as("budget field %d in %s", i, language)
						.isLessThanOrEqualTo(field.get("client").intValue());
				}

				Locator removes = page.locator("#consortium").getByRole(AriaRole.BUTTON,
						new Locator.GetByRoleOptions().setName(language.equals("en") ? "Remove " : "Verwijder"));
				assertThat(removes).hasCount(3);
				for (int i = 0; i < 3; i++) {
					assertThat(removes.nth(i)).isVisible();
					@SuppressWarnings("unchecked")
					Map<String, Number> fit = (Map<String, Number>) removes.nth(i).evaluate("""
							button => {
							  const box = button.getBoundingClientRect();
							  const frame = button.closest('.table-responsive');
							  const outer = frame.getBoundingClientRect();
							  return { left: box.left - outer.left, right: outer.right - box.right,
							           hidden: frame.scrollWidth - frame.clientWidth };
							}""");
					assertThat(fit.get("left").doubleValue()).as("Remove %d in %s, from the left", i, language)
						.isGreaterThanOrEqualTo(0);
					assertThat(fit.get("right").doubleValue()).as("Remove %d in %s, to the right", i, language)
						.isGreaterThanOrEqualTo(0);
					assertThat(fit.get("hidden").intValue()).as("the consortium scrolled sideways in %s", language)
						.isLessThanOrEqualTo(0);
				}
				// At this width the panel is beside the proposal: the verdict is not said twice.
				assertThat(page.locator("#eligibility-verdict")).isHidden();
				assertThat(page.locator("#eligibility-panel")).isVisible();
			}
		}
	}

	@Test
	void onAPhoneTheVerdictComesFirstLeadsToThePanelAndChangesWithTheConsortium() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String tag = TestData.unique().substring(0, 6);
		Proposal proposal = data.proposal(call, applicant, "PHONE" + tag.substring(0, 3),
				data.flemishEnterprise("Alfa " + tag + " NV", null), data.flemishEnterprise("Bravo " + tag + " BV", null),
				data.flemishEnterprise("Charlie " + tag + " NV", null));
		data.university("Delta " + tag + " University");

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			Page page = Browser.signIn(context, applicant);
			page.waitForURL("**/");
			page.navigate("/proposals/" + proposal.getId());

			Locator verdict = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consortium: not eligible yet"));
			assertThat(verdict).isVisible();
			assertThat(verdict).hasAttribute("href", "#eligibility-panel");
			@SuppressWarnings("unchecked")
			Map<String, Number> place = (Map<String, Number>) verdict.evaluate("""
					link => ({ top: link.getBoundingClientRect().top, height: link.getBoundingClientRect().height,
					           line: parseFloat(getComputedStyle(link).lineHeight),
					           window: window.innerHeight,
					           text: document.getElementById('text-heading').getBoundingClientRect().top })""");
			assertThat(place.get("top").doubleValue()).as("the verdict is in the first screen")
				.isLessThan(place.get("window").doubleValue());
			assertThat(place.get("top").doubleValue()).as("the verdict comes before the proposal's text")
				.isLessThan(place.get("text").doubleValue());
			assertThat(place.get("height").doubleValue()).as("the verdict takes one line")
				.isLessThan(1.5 * place.get("line").doubleValue());

			verdict.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#eligibility-panel$"));
			assertThat(page.locator("#eligibility-panel")).isInViewport();
			assertThat(page.locator("#eligibility-panel")).containsText("not eligible yet");

			// Adding the university with its budget makes the consortium eligible: the verdict changes with the panel, in place.
			page.evaluate("window.samePage = true");
			page.getByLabel("Search by name, enterprise number or keyword").fill("Delta " + tag);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add Delta " + tag).setExact(false)).click();
			assertThat(page.locator("#consortium table")).containsText("Delta " + tag);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consortium: not eligible yet")))
				.isVisible();
			Locator budget = page.getByLabel("Requested budget of Delta " + tag);
			budget.fill("200000");
			budget.press("Enter");
			assertThat(page.getByLabel("Requested budget of Delta " + tag)).hasValue("200000.00");
			assertThat(page.locator("#eligibility-panel")).containsText("The consortium is eligible.");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consortium: eligible")))
				.isVisible();
			assertThat(page.locator("#eligibility-verdict")).hasCount(1);
			assertThat(page.evaluate("window.samePage === true")).isEqualTo(true);
		}
	}
}
