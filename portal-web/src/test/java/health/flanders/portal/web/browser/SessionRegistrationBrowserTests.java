package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import biweekly.Biweekly;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/** Two people want the last seat: one registers, the other waits, the first cancels by the e-mailed link. */
@PortalBrowserTest
class SessionRegistrationBrowserTests {

	private static final Pattern CANCEL_LINK = Pattern.compile("(/info-sessions/registrations/cancel\\?token=[A-Za-z0-9_-]+)");

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	InfoSessionRepository sessions;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Clock clock;

	@Test
	void registerGetTheCalendarCancelByTheLinkAndTheNextPersonGetsTheSeat() throws Exception {
		Instant start = clock.instant().plus(Duration.ofDays(10));
		InfoSession session = sessions.save(new InfoSession(null, "Browser session " + TestData.unique(), start,
				start.plus(Duration.ofHours(2)), SessionFormat.IN_PERSON, "Provinciehuis Leuven",
				"Provincieplein 1, 3010 Leuven", null, 1, clock));
		String ann = "ann-" + TestData.unique() + "@example.org";
		String bert = "bert-" + TestData.unique() + "@example.org";

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			register(page, session, "Ann Peeters", ann);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your seat is confirmed");
			register(page, session, "Bert Janssens", bert);
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("you are number 1 on the waiting list");

			MimeMessage confirmation = mailbox.awaitMessageTo(ann);
			assertThat(Biweekly.parse(calendarOf(confirmation)).first().getEvents().get(0).getSummary().getValue())
				.isEqualTo(session.getTitle());
			Matcher link = CANCEL_LINK.matcher(Mailbox.text(confirmation));
			assertThat(link.find()).isTrue();

			page.navigate(link.group(1));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your registration is cancelled");
		}

		MimeMessage promoted = mailbox.awaitMessagesTo(bert, 2)
			.stream()
			.filter(message -> subject(message).startsWith("A seat came free"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.text(promoted)).contains("Dear Bert Janssens,").contains("is now confirmed");
	}

	private static void register(Page page, InfoSession session, String name, String email) {
		page.navigate("/info-sessions");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(session.getTitle()).setExact(true)).click();
		page.getByLabel("Your name").fill(name);
		page.getByLabel("Your e-mail address").fill(email);
		page.getByLabel("Your organisation").fill("Acme NV");
		page.getByLabel("I agree that Flanders.health processes").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
	}

	private static String calendarOf(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No calendar attached");
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
