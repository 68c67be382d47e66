package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.sessions.SessionRegistrations;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/** On the day, at the door, on a phone: the admin finds a registrant in the list and checks them in. */
@PortalBrowserTest
class CheckInBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	InfoSessionRepository sessions;

	@Autowired
	SessionRegistrations registrations;

	@Autowired
	Clock clock;

	@Test
	void anAdminChecksInARegistrantOnAPhone() {
		Instant start = clock.instant().plus(Duration.ofHours(1));
		InfoSession session = sessions.save(new InfoSession(null, "Check-in session " + TestData.unique(), start,
				start.plus(Duration.ofHours(2)), SessionFormat.IN_PERSON, "Provinciehuis Leuven",
				"Provincieplein 1, 3010 Leuven", null, 50, clock));
		for (String name : new String[] { "Ann Peeters", "Bert Janssens" }) {
			registrations.register(session.getId(), new SessionRegistrations.Request(name,
					name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + TestData.unique() + "@example.org", "Acme NV",
					false, null, Locale.ENGLISH));
		}
		PortalUser admin = data.user(Role.ADMIN);

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 375, 740)) {
			Page page = context.newPage();
			page.navigate("/login");
			page.getByLabel("E-mail address").fill(admin.getEmail());
			page.getByLabel("Password").fill(TestData.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			page.navigate("/admin/info-sessions/" + session.getId() + "/attendees");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(session.getTitle());

			Locator checkIn = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Bert Janssens"));
			// Big enough to hit with a thumb, and nothing wider than the phone's screen.
			assertThat(checkIn.boundingBox().height).isGreaterThanOrEqualTo(44);
			assertThat(page.evaluate("[...document.querySelectorAll('body *')]"
					+ ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.outerHTML.slice(0, 80))"))
				.as("elements wider than the phone").asList().isEmpty();
			checkIn.click();

			Locator bert = page.locator("li", new Page.LocatorOptions().setHasText("Bert Janssens"));
			assertThat(bert).containsText("Checked in at");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Ann Peeters"))).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check in Bert Janssens"))).hasCount(0);
		}
	}
}
