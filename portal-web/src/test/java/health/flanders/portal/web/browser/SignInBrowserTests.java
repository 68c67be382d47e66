package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

@PortalBrowserTest
class SignInBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	/** Each role, a link of its own in English and Dutch, and the menu it is in ({@code null}: in the bar itself). */
	static Stream<Arguments> roles() {
		return Stream.of(Arguments.of(Role.APPLICANT, "My proposals", "Mijn projectvoorstellen", null, null),
				Arguments.of(Role.STAFF, "Organisation registry", "Organisatieregister", "Staff", "Medewerkers"),
				Arguments.of(Role.REVIEWER, "My reviews", "Mijn beoordelingen", null, null),
				Arguments.of(Role.ADMIN, "Users", "Gebruikers", "Administration", "Beheer"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void eachRoleSignsInSeesItsNavigationAndSwitchesToDutch(Role role, String english, String dutch, String menu,
			String dutchMenu) {
		PortalUser person = data.user(role);
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			page.navigate("/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.getByLabel("E-mail address").fill(person.getEmail());
			page.getByLabel("Password").fill(TestData.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("ICON calls on Personalised Medicine");
			openMenu(page, menu);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(english).setExact(true)))
				.isVisible();
			for (Arguments other : roles().toList()) {
				if (other.get()[0] != role) {
					assertThat(page.getByRole(AriaRole.LINK,
							new Page.GetByRoleOptions().setName((String) other.get()[1]).setExact(true)))
						.hasCount(0);
				}
			}

			openMenu(page, "Account");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
			assertThat(page.locator("html")).hasAttribute("lang", "nl");
			openMenu(page, dutchMenu);
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dutch).setExact(true)))
				.isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(dutch).setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();

			openMenu(page, "Account");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
			assertThat(page.getByText("U bent afgemeld.")).isVisible();
		}
	}

	/** Opens the navigation's menu of this name, which says that it is open. */
	private static void openMenu(Page page, String menu) {
		if (menu != null) {
			Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(menu).setExact(true));
			assertThat(toggle).hasAttribute("aria-expanded", "false");
			toggle.click();
			assertThat(toggle).hasAttribute("aria-expanded", "true");
		}
	}

	@Test
	void aWrongPasswordIsExplainedAndTheAddressStays() {
		PortalUser person = data.user(Role.APPLICANT);
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			page.navigate("/login");
			page.getByLabel("E-mail address").fill(person.getEmail());
			page.getByLabel("Password").fill("not-the-password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			assertThat(page.getByRole(AriaRole.ALERT)).containsText("The e-mail address or the password is not right");
			assertThat(page.getByLabel("E-mail address")).hasValue(person.getEmail());
		}
	}
}
