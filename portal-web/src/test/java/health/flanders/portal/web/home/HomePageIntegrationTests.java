package health.flanders.portal.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The home page at a fixed instant, years ahead so that no other test class's calls or sessions are open or upcoming:
 * the open calls with the time left in both languages, the next sessions with their seats, the four steps whose links
 * the public can open, and the ecosystem in numbers.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class HomePageIntegrationTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final AtomicInteger TESTS = new AtomicInteger();

	/** This test's year: two years after the previous test's, so that the calls of one are closed in the other. */
	private final int year = 2042 + 2 * TESTS.getAndIncrement();

	/** 4 March of this test's year, 09:00 in Brussels. */
	private final Instant now = brussels(4, 9, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixTheClock() {
		clock.setInstant(now);
	}

	@AfterEach
	void resetTheClock() {
		clock.reset();
	}

	@Test
	void theOpenCallsSayHowMuchTimeIsLeftInEnglishAndDutch() throws Exception {
		Call inTwelveDays = data.openCall(now.minusSeconds(86_400), brussels(16, 17, 0));
		Call today = data.openCall(now.minusSeconds(86_400), brussels(4, 17, 0));
		Call upcoming = data.openCall(brussels(4, 1, 9, 0), brussels(5, 1, 17, 0));

		String english = home("en");
		assertThat(itemOf(english, inTwelveDays.getTitle())).contains("12 days left", "16 March " + year + ", 17:00",
				"href=\"/calls/" + inTwelveDays.getId() + "\"");
		assertThat(itemOf(english, today.getTitle())).contains("Closes today at 17:00");
		// Today's deadline first: the nearest deadline leads.
		assertThat(english.indexOf(today.getTitle())).isLessThan(english.indexOf(inTwelveDays.getTitle()));
		assertThat(english).doesNotContain(upcoming.getTitle());

		String dutch = home("nl");
		assertThat(itemOf(dutch, inTwelveDays.getTitle(DUTCH))).contains("Nog 12 dagen", "16 maart " + year);
		assertThat(itemOf(dutch, today.getTitle(DUTCH))).contains("Sluit vandaag om 17:00");
	}

	@Test
	void theTimeLeftFollowsTheClockAtEachRendering() throws Exception {
		Call call = data.openCall(now.minusSeconds(86_400), brussels(16, 17, 0));
		assertThat(itemOf(home("en"), call.getTitle())).contains("12 days left");

		clock.setInstant(brussels(15, 8, 0));
		assertThat(itemOf(home("en"), call.getTitle())).contains("Closes tomorrow at 17:00");
	}

	@Test
	void theNextSessionsShowTheirSeatsAndAFullOneItsWaitingList() throws Exception {
		Call call = data.openCall(now.minusSeconds(86_400), brussels(16, 17, 0));
		InfoSession past = data.session(call, "Past session " + TestData.unique(), brussels(1, 14, 0));
		InfoSession open = data.session(call, "Leuven session " + TestData.unique(), brussels(6, 14, 0));
		InfoSession full = data.session(call, "Gent session " + TestData.unique(), brussels(7, 10, 0));
		jdbc.sql("update info_sessions set seats_taken = capacity where id = ?").param(full.getId()).update();
		InfoSession cancelled = data.session(call, "Cancelled session " + TestData.unique(), brussels(5, 10, 0));
		jdbc.sql("update info_sessions set cancelled_at = now() where id = ?").param(cancelled.getId()).update();

		String english = home("en");
		assertThat(itemOf(english, open.getTitle())).contains("6 March " + year + ", 14:00", "Provinciehuis Leuven",
				"120 seats left", "href=\"/info-sessions/" + open.getId() + "\"");
		assertThat(itemOf(english, full.getTitle())).contains("Full — waiting list")
			.contains("href=\"/info-sessions/" + full.getId() + "\"");
		assertThat(english.indexOf(open.getTitle())).isLessThan(english.indexOf(full.getTitle()));
		assertThat(english).doesNotContain(past.getTitle(), cancelled.getTitle());

		String dutch = home("nl");
		assertThat(itemOf(dutch, open.getTitle())).contains("6 maart " + year + " 14:00", "Nog 120 plaatsen vrij");
		assertThat(itemOf(dutch, full.getTitle())).contains("Volzet — wachtlijst");
	}

	@Test
	void theFourStepsLinkToPagesThePublicCanOpen() throws Exception {
		Call call = data.openCall(now.minusSeconds(86_400), brussels(16, 17, 0));
		String html = home("en");
		String steps = html.substring(html.indexOf("<ol class=\"home-steps"), html.indexOf("</ol>", html.indexOf("home-steps")));

		List<String> links = links(steps);
		assertThat(steps).contains("Find partners", "Build the consortium", "Submit", "Evaluation and decision");
		assertThat(links).containsExactly("/connect/map", "/register", "/calls", "/calls/" + call.getId() + "#evaluation");
		for (String link : links) {
			assertThat(mvc.perform(get(link.replaceFirst("#.*", ""))).andReturn().getResponse().getStatus())
				.as(link)
				.isEqualTo(200);
		}
		assertThat(mvc.perform(get("/calls/{id}", call.getId())).andReturn().getResponse().getContentAsString())
			.contains("id=\"evaluation\"", "Evaluation and decision", "Independent experts");
	}

	@Test
	void theEcosystemIsSummedUpWithALinkToTheMap() throws Exception {
		Organisation organisation = data.flemishEnterprise("Home Data NV " + TestData.unique(), null);
		jdbc.sql("update organisations set value_chain = '{DATA_AI}' where id = ?").param(organisation.getId()).update();

		String english = home("en");
		String ecosystem = english.substring(english.indexOf("id=\"ecosystem\""));
		assertThat(ecosystem).contains("in the registry of Connect, by place in the personalised-medicine value chain", "Data &amp; AI",
				"href=\"/connect/map\"");
		assertThat(home("nl")).contains("in het register van Connect, per plaats in de waardeketen");
	}

	@Test
	void theSignedOutAndClosedAccountAlertsStay() throws Exception {
		assertThat(mvc.perform(get("/").param("signedOut", "")).andReturn().getResponse().getContentAsString())
			.contains("You are signed out.");
		assertThat(mvc.perform(get("/").param("accountClosed", "")).andReturn().getResponse().getContentAsString())
			.contains("Your account is closed");
	}

	private String home(String language) throws Exception {
		return mvc.perform(get("/").param("lang", language)).andReturn().getResponse().getContentAsString();
	}

	/** The list item that holds this text. */
	private static String itemOf(String html, String text) {
		int at = html.indexOf(text);
		assertThat(at).as(text + " on the page").isNotNegative();
		return html.substring(html.lastIndexOf("<li", at), html.indexOf("</li>", at));
	}

	private static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

	/** This day of March of this test's year, at this time in Brussels. */
	private Instant brussels(int day, int hour, int minute) {
		return brussels(3, day, hour, minute);
	}

	private Instant brussels(int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BrusselsTime.ZONE).toInstant();
	}
}
