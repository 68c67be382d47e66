package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

@PortalBrowserTest
class AccountBrowserTests {

	private static final String NEW_PASSWORD = "quartz-meadow-lantern-58";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Test
	void aPersonChangesTheirPasswordDownloadsTheirDataAndClosesTheirAccount() throws Exception {
		PortalUser person = data.user(Role.APPLICANT);
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = Browser.signIn(context, person);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account").setExact(true)).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My account").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("My account");

			page.getByLabel("Current password", new Page.GetByLabelOptions().setExact(true)).fill(TestData.PASSWORD);
			page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
			page.getByLabel("Repeat the new password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change the password")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your new password is saved.");

			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data (JSON)"))
				.click());
			assertThat(download.suggestedFilename()).isEqualTo("icon-portal-my-data.json");
			String json = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(json).contains(person.getEmail()).doesNotContain("password");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close my account")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What is kept, and why")))
				.isVisible();
			page.getByLabel("Your password, to confirm").fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close my account for good")).click();
			assertThat(page.getByText("Your account is closed and you are signed out.")).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

			page.navigate("/login");
			page.getByLabel("E-mail address").fill(person.getEmail());
			page.getByLabel("Password").fill(NEW_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("The e-mail address or the password is not right");
		}
	}

	@Test
	void theFooterLeadsToTheContactPagePrivacyNoticeAndAccessibilityStatementInBothLanguages() {
		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			page.navigate("/privacy");
			page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Accessibility statement")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Enforcement procedure")))
				.isVisible();
			page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Contact")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("info@flanders.health"))).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
			page.getByRole(AriaRole.CONTENTINFO).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
				.setName("Privacyverklaring")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Privacyverklaring");
			assertThat(page.locator("link[rel=icon][type='image/svg+xml']")).hasCount(1);
		}
	}
}
