package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * The navigation's menus: opened and left with the keyboard, saying whether they are open; on a phone behind the
 * menu button; without scripting, every link in view. The admin's list of sessions is named apart from the public one.
 */
@PortalBrowserTest
class NavigationBrowserTests {

	/** Long enough for a busy machine: these tests are about what the menus do, not how fast. */
	private static final double WAIT = 20_000;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aMenuOpensWithTheKeyboardLeadsThroughItsLinksAndClosesWithEscape() {
		PortalUser admin = data.user(Role.ADMIN);
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			context.setDefaultTimeout(WAIT);
			Page page = Browser.signIn(context, admin);
			page.waitForURL("**/");
			Locator menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administration"));
			assertThat(menu).hasAttribute("aria-expanded", "false");
			Locator users = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true));
			assertThat(users).isHidden();

			menu.focus();
			page.keyboard().press("Enter");
			assertThat(menu).hasAttribute("aria-expanded", "true");
			page.keyboard().press("ArrowDown");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage calls"))).isFocused();
			page.keyboard().press("ArrowDown");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage information sessions")))
				.isFocused();
			// The public list of sessions and the admin's are two links with two names.
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Information sessions").setExact(true)))
				.hasCount(1);
			page.keyboard().press("ArrowDown");
			assertThat(users).isFocused();
			page.keyboard().press("Escape");
			assertThat(menu).hasAttribute("aria-expanded", "false");
			assertThat(menu).isFocused();
			assertThat(users).isHidden();

			menu.click();
			users.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/users$"));
		}
	}

	@Test
	void onAPhoneTheMenuButtonShowsTheLinksAndTheMenusOpenInPlace() {
		PortalUser everyRole = data.user(Role.values());
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			context.setDefaultTimeout(WAIT);
			Page page = Browser.signIn(context, everyRole);
			page.waitForURL("**/");
			Locator staff = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Staff").setExact(true));
			assertThat(staff).isHidden();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the navigation")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calls").setExact(true)))
				.isVisible();
			staff.click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Listing requests")).click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/staff/listing-requests$"));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show or hide the navigation")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("My work")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My proposals"))).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My reviews"))).isVisible();
		}
	}

	@Test
	void withoutScriptingEveryLinkOfTheNavigationIsInView() {
		PortalUser everyRole = data.user(Role.values());
		for (int width : new int[] { 390, 1280 }) {
			try (BrowserContext context = browser.newContextWithoutScripts("http://localhost:" + port, width, 844)) {
				context.setDefaultTimeout(WAIT);
				Page page = Browser.signIn(context, everyRole);
				page.waitForURL("**/");
				Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
				for (String link : new String[] { "Calls", "Information sessions", "My proposals", "My reviews",
						"Listing requests", "Organisation registry", "Manage calls", "Manage information sessions", "Users",
						"Audit trail", "Ecosystem map", "Funding programmes", "My account", "Nederlands" }) {
					assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)))
						.isVisible();
				}
				navigation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign out")).click();
				assertThat(page.getByText("You are signed out.")).isVisible();
			}
		}
	}
}
