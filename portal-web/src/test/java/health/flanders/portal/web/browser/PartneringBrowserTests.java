package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.flanders.portal.web.support.Browser.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.partnering.PartneringTestData;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * Partnering in Chromium: two registrants publish their profiles (one on a phone), each sees the other suggested with
 * the reasons, one asks for a meeting and the other accepts; an admin on a phone schedules a session and a member of
 * staff, on a phone too, moves a meeting on its grid, first where the rules refuse it, then where they allow it.
 */
@PortalBrowserTest
@Import(PartneringTestData.class)
class PartneringBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	PartneringTestData partnering;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminSchedulesAndStaffMoveAMeetingOnTheGridAndBothAreEmailed() {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser ann = data.user(Role.APPLICANT);
		PortalUser cas = data.user(Role.APPLICANT);
		PartneringParticipant anns = partnering.participant(session, ann, "Ann NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant bobs = partnering.participant(session, data.user(Role.APPLICANT), "Bob Lab",
				OrganisationType.RTO, null, "Research", "Software");
		PartneringParticipant cass = partnering.participant(session, cas, "Cas BV", OrganisationType.OTHER, null,
				"Data", "Data");
		long annAndBob = accept(session, anns, bobs);
		long annAndCas = accept(session, anns, cass);
		try (BrowserContext phone = browser.newContext("http://localhost:" + port, 390, 844)) {
			// A busy machine may take longer than a step's 5 seconds on the first pages.
			phone.setDefaultNavigationTimeout(30_000);
			phone.setDefaultTimeout(15_000);
			Page page = signIn(phone, data.user(Role.ADMIN));
			page.navigate("/admin/info-sessions/" + session.getId() + "/partnering");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Close the requests and schedule the accepted meetings"))
				.click();
			assertThat(page.getByText("Meetings placed: 2. Not placed: 0.")).isVisible();
		}
		try (BrowserContext phone = browser.newContext("http://localhost:" + port, 390, 844)) {
			phone.setDefaultNavigationTimeout(30_000);
			phone.setDefaultTimeout(15_000);
			// Staff run the day: from the session's page to its partnering page, and from there to the grid.
			Page page = signIn(phone, data.user(Role.STAFF));
			page.navigate("/info-sessions/" + session.getId());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnering: meet other participants one to one")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The schedule as a grid of tables and times"))
				.click();
			assertThat(page.getByRole(AriaRole.MAIN)).containsText("Cas BV");
			int busy = slotOf(annAndBob);
			int free = busy == 5 ? 4 : 5;

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Move the meeting of Ann NV and Cas BV"))
				.click();
			page.getByLabel("Time (Brussels)").selectOption(String.valueOf(busy));
			page.getByLabel("Table", new Page.GetByLabelOptions().setExact(true)).selectOption("3");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the meeting")).click();
			assertThat(page.getByLabel("Time (Brussels)"))
				.hasAccessibleDescription("Ann NV already meets Bob Lab at that time.");
			assertThat(page.getByLabel("Table", new Page.GetByLabelOptions().setExact(true))).hasValue("3");

			page.getByLabel("Time (Brussels)").selectOption(String.valueOf(free));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the meeting")).click();
			assertThat(page.getByText("The meeting is moved.")).isVisible();
			// On a phone the schedule is a list per time.
			assertThat(page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Cas BV")))
				.containsText("Table 3");
			assertThat(slotOf(annAndCas)).isEqualTo(free);
		}
		for (PortalUser person : java.util.List.of(ann, cas)) {
			assertThat(Mailbox.text(mailbox.awaitMessageTo(person.getEmail(),
					mail -> subjectOf(mail).startsWith("Your meeting with")))).contains("at table 3");
		}
	}

	private long accept(InfoSession session, PartneringParticipant requester, PartneringParticipant invitee) {
		return jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), requester.getId(), invitee.getId())
			.query(Long.class)
			.single();
	}

	private int slotOf(long meeting) {
		return jdbc.sql("select slot from partnering_meetings where request_id = ?")
			.param(meeting)
			.query(Integer.class)
			.single();
	}

	private static String subjectOf(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void twoParticipantsPublishSeeEachOtherSuggestedAndAgreeToMeet() {
		InfoSession session = partnering.withPartnering(data.openCall(), 5);
		PortalUser pharma = data.user(Role.APPLICANT);
		PortalUser lab = data.user(Role.APPLICANT);
		partnering.register(session, pharma);
		partnering.register(session, lab);
		String path = "/info-sessions/" + session.getId() + "/partnering";
		try (BrowserContext phone = browser.newContext("http://localhost:" + port, 390, 844);
				BrowserContext desktop = browser.newContext("http://localhost:" + port, 1280, 900)) {
			// The first pages of a fresh portal on a busy machine may take longer than a step's 5 seconds to load.
			phone.setDefaultNavigationTimeout(30_000);
			desktop.setDefaultNavigationTimeout(30_000);
			Page first = signIn(phone, pharma);
			first.navigate("/info-sessions/" + session.getId());
			first.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnering: meet other participants one to one")).click();
			publish(first, "Pharma Route NV", "ENTERPRISE", TestData.freshEnterpriseNumber().formatted(),
					"Clinical trials in oncology", "Pharmacogenomic sequencing of patient cohorts");

			Page second = signIn(desktop, lab);
			second.navigate(path);
			publish(second, "Genome Lab", "RTO", "", "Pharmacogenomic sequencing and biobank samples",
					"Partners for clinical trials");
			Locator pharmaCard = second.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Pharma Route NV"));
			assertThat(pharmaCard).containsText("Targets goals 1b, as you do");
			assertThat(pharmaCard).containsText("Offers what you look for: Clinical, trials");

			first.navigate(path);
			Locator labCard = first.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Genome Lab"));
			assertThat(labCard).containsText("Would be the first research and technology organisation of your consortium");
			assertThat(labCard).containsText("Offers what you look for: Pharmacogenomic, sequencing");
			labCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ask for a meeting")).click();
			first.getByLabel("Message (at most 500 characters)").fill("Shall we talk about cohorts for our trial?");
			first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the request")).click();
			assertThat(first.getByText("Your request is sent.")).isVisible();
			assertThat(first.getByText("4 of 5 requests left")).isVisible();

			assertThat(Mailbox.text(mailbox.awaitMessageTo(lab.getEmail()))).contains("Pharma Route NV");
			second.navigate(path);
			assertThat(second.getByText("Shall we talk about cohorts for our trial?")).isVisible();
			second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + pharma.getFullName())).click();
			assertThat(second.getByText("You accepted the meeting.")).isVisible();

			first.navigate(path);
			assertThat(first.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Genome Lab")).first())
				.containsText("Accepted");
			assertThat(Mailbox.text(mailbox.awaitMessageTo(pharma.getEmail()))).contains("accepted your request");
		}
	}

	private static void publish(Page page, String organisation, String type, String enterpriseNumber, String offers,
			String looksFor) {
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Take part: publish my profile")).click();
		page.getByLabel("Name of the organisation").fill(organisation);
		page.getByLabel("Type").selectOption(type);
		page.getByLabel("Enterprise number (KBO/BCE)").fill(enterpriseNumber);
		page.getByLabel("Postal code").fill("3000");
		page.getByLabel("What you offer").fill(offers);
		page.getByLabel("What you look for").fill(looksFor);
		page.getByLabel("1b Better knowledge of biomarker and pharmacogenomic data").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish my profile")).click();
		assertThat(page.getByText("Your profile is published.")).isVisible();
	}
}
