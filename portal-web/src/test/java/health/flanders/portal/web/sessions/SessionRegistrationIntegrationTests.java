package health.flanders.portal.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
@Import(SessionTestData.class)
class SessionRegistrationIntegrationTests {

	private static final Pattern CANCEL_LINK = Pattern.compile("/info-sessions/registrations/cancel\\?token=([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionTestData sessions;

	@Autowired
	InfoSessionRepository sessionRepository;

	@Autowired
	SessionRegistrations registrations;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonRegistersThroughTheFormAndGetsACalendarFileAndACancelLink() throws Exception {
		InfoSession session = sessions.inPerson(10);
		String email = "form-" + TestData.unique() + "@example.org";
		mvc.perform(post("/info-sessions/{id}/registrations", session.getId()).with(csrf())
			.param("name", "Ann Peeters")
			.param("email", email)
			.param("organisation", "Acme NV")
			.param("consent", "true"))
			.andExpect(redirectedUrl("/info-sessions/" + session.getId() + "/registered"))
			.andExpect(flash().attributeExists("outcome"));

		MimeMessage confirmation = mailbox.awaitMessageTo(email);
		assertThat(confirmation.getSubject()).isEqualTo("Your seat: " + session.getTitle());
		assertThat(Mailbox.text(confirmation)).contains("Dear Ann Peeters,").containsPattern(CANCEL_LINK);
		ICalendar calendar = Biweekly.parse(attachment(confirmation)).first();
		VEvent event = calendar.getEvents().get(0);
		assertThat(event.getDateStart().getValue().toInstant())
			.isEqualTo(session.getStartsAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(event.getSummary().getValue()).isEqualTo(session.getTitle());
		assertThat(calendar.getTimezoneInfo().getComponents()).extracting(tz -> tz.getTimezoneId().getValue())
			.containsExactly("Europe/Brussels");
		assertThat(seatsLeft(session)).isEqualTo(9);
	}

	@Test
	void badInputIsExplainedNextToEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		InfoSession session = sessions.inPerson(10);
		mvc.perform(post("/info-sessions/{id}/registrations", session.getId()).with(csrf())
			.param("name", "Kept Name")
			.param("email", "not-an-address")
			.param("organisation", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("id=\"organisation-error\"")))
			.andExpect(content().string(containsString("Without your consent to the processing of your data")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")));
		assertThat(registrationsOf(session)).isZero();
	}

	@Test
	void theApiConfirmsThenWaitlistsAndAnswersARepeatedAddressWithTheSameRegistration() throws Exception {
		InfoSession session = sessions.inPerson(1);
		String first = "api-first-" + TestData.unique() + "@example.org";
		mvc.perform(registration(session, first))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"))
			.andExpect(jsonPath("$.waitlistPosition").doesNotExist());
		mvc.perform(registration(session, "api-second-" + TestData.unique() + "@example.org"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		mvc.perform(registration(session, first.toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		assertThat(registrationsOf(session)).isEqualTo(2);
		mvc.perform(get("/api/v1/info-sessions"))
			.andExpect(jsonPath("$[?(@.id == " + session.getId() + ")].seatsLeft").value(0));
	}

	@Test
	void theApiRefusesBadInputLateRegistrationAndUnknownSessions() throws Exception {
		InfoSession session = sessions.inPerson(5);
		mvc.perform(post("/api/v1/info-sessions/{id}/registrations", session.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"X\", \"email\": \"not-an-address\", \"organisation\": \"O\", \"consent\": false}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("Invalid registration"))
			.andExpect(jsonPath("$.errors.length()").value(2));
		mvc.perform(post("/api/v1/info-sessions/{id}/registrations", session.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content("not json")).andExpect(status().isUnprocessableContent());
		mvc.perform(registration(sessions.closed(), "late-" + TestData.unique() + "@example.org"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.title").value("Registration closed"));
		mvc.perform(registration(Long.MAX_VALUE, "nobody@example.org")).andExpect(status().isNotFound());
		assertThat(registrationsOf(session)).isZero();
	}

	@Test
	void aCancellationGivesTheSeatToTheFirstOnTheWaitingListWhoIsEMailed() throws Exception {
		InfoSession session = sessions.inPerson(1);
		String holder = "holder-" + TestData.unique() + "@example.org";
		String waiting = "waiting-" + TestData.unique() + "@example.org";
		String later = "later-" + TestData.unique() + "@example.org";
		mvc.perform(registration(session, holder)).andExpect(status().isCreated());
		mvc.perform(registration(session, waiting)).andExpect(jsonPath("$.waitlistPosition").value(1));
		mvc.perform(registration(session, later)).andExpect(jsonPath("$.waitlistPosition").value(2));

		Matcher link = CANCEL_LINK.matcher(Mailbox.text(mailbox.awaitMessageTo(holder)));
		assertThat(link.find()).isTrue();
		mvc.perform(get("/info-sessions/registrations/cancel").param("token", link.group(1)))
			.andExpect(content().string(containsString(session.getTitle())));
		mvc.perform(post("/info-sessions/registrations/cancel").with(csrf()).param("token", link.group(1)))
			.andExpect(redirectedUrl("/info-sessions/registrations/cancelled"))
			.andExpect(flash().attribute("cancelled", true));

		MimeMessage promoted = mailbox.awaitMessagesTo(waiting, 2).stream()
			.filter(message -> subject(message).startsWith("A seat came free"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.text(promoted)).contains("is now confirmed");
		assertThat(statusOf(session, waiting)).isEqualTo("CONFIRMED");
		assertThat(statusOf(session, later)).isEqualTo("WAITLISTED");
		mvc.perform(registration(session, later)).andExpect(jsonPath("$.waitlistPosition").value(1));
		// The link works once.
		mvc.perform(post("/info-sessions/registrations/cancel").with(csrf()).param("token", link.group(1)))
			.andExpect(flash().attribute("cancelled", false));
	}

	@Test
	void aNewcomerNeverTakesAFreeSeatAheadOfThoseWhoWait() throws Exception {
		InfoSession session = sessions.inPerson(1);
		mvc.perform(registration(session, "seated-" + TestData.unique() + "@example.org")).andExpect(status().isCreated());
		String waiting = "queued-" + TestData.unique() + "@example.org";
		mvc.perform(registration(session, waiting)).andExpect(jsonPath("$.waitlistPosition").value(1));
		// A seat that is free while someone waits for it, as seats added before they went to the waiting list left it.
		jdbc.sql("update info_sessions set capacity = 2 where id = ?").param(session.getId()).update();

		mvc.perform(registration(session, "newcomer-" + TestData.unique() + "@example.org"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		assertThat(statusOf(session, waiting)).isEqualTo("CONFIRMED");
		assertThat(mailbox.awaitMessageTo(waiting, message -> subject(message).startsWith("A seat came free")))
			.isNotNull();
	}

	@Test
	void aHybridSessionKeepsSeparateSeatsAndQueuesForTheRoomAndOnline() throws Exception {
		InfoSession session = sessions.hybrid(1, 1);
		mvc.perform(registration(session, "room-" + TestData.unique() + "@example.org", "IN_PERSON"))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(registration(session, "online-" + TestData.unique() + "@example.org", "ONLINE"))
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(registration(session, "room-2-" + TestData.unique() + "@example.org", "IN_PERSON"))
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
		mvc.perform(registration(session, "online-2-" + TestData.unique() + "@example.org", "ONLINE"))
			.andExpect(jsonPath("$.status").value("WAITLISTED"))
			.andExpect(jsonPath("$.waitlistPosition").value(1));
	}

	@Test
	void threeHundredPeopleRegisteringAtOnceForAHundredSeatsGetExactlyAHundredSeats() throws Exception {
		InfoSession session = sessions.inPerson(100);
		ExecutorService pool = Executors.newFixedThreadPool(32);
		List<Future<SessionRegistrations.Outcome>> outcomes = new ArrayList<>();
		try {
			for (int i = 0; i < 300; i++) {
				String email = "crowd-" + i + "-" + TestData.unique() + "@example.org";
				Callable<SessionRegistrations.Outcome> register = () -> registrations.register(session.getId(),
						new SessionRegistrations.Request("Person " + email, email, "Crowd BV", false, null,
								java.util.Locale.ENGLISH));
				outcomes.add(pool.submit(register));
			}
			List<SessionRegistrations.Outcome> done = new ArrayList<>();
			for (Future<SessionRegistrations.Outcome> outcome : outcomes) {
				done.add(outcome.get());
			}
			assertThat(done).filteredOn(outcome -> outcome.status().name().equals("CONFIRMED")).hasSize(100);
			assertThat(done).filteredOn(outcome -> outcome.status().name().equals("WAITLISTED"))
				.extracting(SessionRegistrations.Outcome::waitlistPosition)
				.containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.rangeClosed(1, 200).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
		assertThat(registrationsOf(session)).isEqualTo(300);
		assertThat(seatsLeft(session)).isZero();
		// The waiting list is in arrival order: positions follow the order in which registrations were written.
		List<Long> waitingIds = jdbc.sql("select id from info_session_registrations where session_id = ? "
				+ "and status = 'WAITLISTED' order by arrival").param(session.getId()).query(Long.class).list();
		assertThat(waitingIds).isSortedAccordingTo(Comparator.naturalOrder());
	}

	@Test
	void registrationsOfSessionsPastTheRetentionAreErasedByOneInstanceAtATime() {
		InfoSession session = sessions.inPerson(10);
		registrations.register(session.getId(), new SessionRegistrations.Request("Old Timer",
				"erased-" + TestData.unique() + "@example.org", "O", false, null, Locale.ENGLISH));
		jdbc.sql("update info_sessions set starts_at = now() - interval '400 days', ends_at = now() - interval '399 days' "
				+ "where id = ?").param(session.getId()).update();
		ShedLocks.heldByAnotherInstance(jdbc, "session-registrations-erasure");

		registrations.eraseOldRegistrations();
		assertThat(registrationsOf(session)).as("while another instance holds the lock").isOne();

		ShedLocks.released(jdbc, "session-registrations-erasure");
		registrations.eraseOldRegistrations();
		assertThat(registrationsOf(session)).isZero();
		assertThat(ShedLocks.takenByThisInstance(jdbc, "session-registrations-erasure")).isTrue();
	}

	@Test
	void bothCalendarFilesDownloadAsAttachmentsThatAreNeverSniffed() throws Exception {
		InfoSession session = sessions.inPerson(10);
		Map<String, String> files = Map.of("/info-sessions.ics", "icon-info-sessions.ics",
				"/info-sessions/" + session.getId() + ".ics", "icon-session-" + session.getId() + ".ics");
		for (Map.Entry<String, String> file : files.entrySet()) {
			MockHttpServletResponse response = mvc.perform(get(file.getKey()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			ContentDisposition disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
			assertThat(disposition.isAttachment()).as(file.getKey()).isTrue();
			assertThat(disposition.getFilename()).isEqualTo(file.getValue());
			assertThat(response.getContentType()).startsWith("text/calendar");
			assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
		}
	}

	@Test
	void theCalendarFeedIsValidICalendarInBrusselsTime() throws Exception {
		InfoSession session = sessions.inPerson(10);
		String feed = mvc.perform(get("/info-sessions.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		ICalendar calendar = Biweekly.parse(feed).first();
		VEvent event = calendar.getEvents()
			.stream()
			.filter(e -> e.getSummary().getValue().equals(session.getTitle()))
			.findFirst()
			.orElseThrow();
		LocalDateTime local = LocalDateTime.ofInstant(event.getDateStart().getValue().toInstant(),
				ZoneId.of("Europe/Brussels"));
		assertThat(local).isEqualTo(LocalDateTime.ofInstant(session.getStartsAt(), ZoneId.of("Europe/Brussels"))
			.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(feed).contains("DTSTART;TZID=Europe/Brussels:").contains("BEGIN:VTIMEZONE").doesNotContain("webinar");
		assertThat(feed.lines().toList()).allSatisfy(line -> assertThat(line.getBytes().length).isLessThanOrEqualTo(75));

		String one = mvc.perform(get("/info-sessions/{id}.ics", session.getId()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Biweekly.parse(one).first().getEvents()).hasSize(1);
	}

	@Test
	void onTheDayDaylightSavingTimeEndsThePageTheEMailAndTheCalendarShowTheLocalTime() throws Exception {
		// 31 October 2027: clocks go back from 03:00 CEST to 02:00 CET; 10:00 that morning is 09:00 UTC.
		java.time.Instant start = java.time.Instant.parse("2027-10-31T09:00:00Z");
		InfoSession session = sessions.online(start, 10, "https://webinar.example.org/dst");
		mvc.perform(get("/info-sessions/{id}", session.getId()))
			.andExpect(content().string(containsString("31 October 2027, 10:00")))
			.andExpect(content().string(containsString("datetime=\"2027-10-31T10:00:00+01:00\"")));
		String email = "dst-" + TestData.unique() + "@example.org";
		mvc.perform(registration(session, email)).andExpect(status().isCreated());
		MimeMessage confirmation = mailbox.awaitMessageTo(email);
		assertThat(Mailbox.text(confirmation)).contains("31 October 2027, 10:00");
		assertThat(attachment(confirmation)).contains("DTSTART;TZID=Europe/Brussels:20271031T100000");
		assertThat(Biweekly.parse(attachment(confirmation)).first().getEvents().get(0).getDateStart().getValue()
			.toInstant()).isEqualTo(start);
	}

	@Test
	void theOnlineLinkShowsOnlyToConfirmedRegistrants() throws Exception {
		String link = "https://webinar.example.org/secret-" + TestData.unique();
		InfoSession session = sessions.online(java.time.Instant.now().plus(java.time.Duration.ofDays(5)), 1, link);
		String confirmed = "confirmed-" + TestData.unique() + "@example.org";
		String waiting = "waiting-" + TestData.unique() + "@example.org";
		mvc.perform(registration(session, confirmed)).andExpect(jsonPath("$.status").value("CONFIRMED"));
		mvc.perform(registration(session, waiting)).andExpect(jsonPath("$.status").value("WAITLISTED"));

		assertThat(Mailbox.text(mailbox.awaitMessageTo(confirmed))).contains(link);
		assertThat(Biweekly.parse(attachment(mailbox.awaitMessageTo(confirmed))).first().getEvents().get(0)
			.getDescription().getValue()).contains(link);
		assertThat(Mailbox.raw(mailbox.awaitMessageTo(waiting))).doesNotContain(link);
		for (String page : List.of("/info-sessions", "/info-sessions/" + session.getId(), "/info-sessions.ics",
				"/info-sessions/" + session.getId() + ".ics", "/api/v1/info-sessions")) {
			assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()).as(page)
				.doesNotContain(link);
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(InfoSession session,
			String email) {
		return registration(session.getId(), email);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(long sessionId,
			String email) {
		return post("/api/v1/info-sessions/{id}/registrations", sessionId).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Test Person\", \"email\": \"" + email
					+ "\", \"organisation\": \"Acme NV\", \"consent\": true}");
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(InfoSession session,
			String email, String attendance) {
		return post("/api/v1/info-sessions/{id}/registrations", session.getId())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Test Person\", \"email\": \"" + email
					+ "\", \"organisation\": \"Acme NV\", \"consent\": true, \"attendance\": \"" + attendance + "\"}");
	}

	private long registrationsOf(InfoSession session) {
		return jdbc.sql("select count(*) from info_session_registrations where session_id = ?")
			.param(session.getId())
			.query(Long.class)
			.single();
	}

	private String statusOf(InfoSession session, String email) {
		return jdbc.sql("select status from info_session_registrations where session_id = ? and email = ?")
			.params(session.getId(), email)
			.query(String.class)
			.single();
	}

	private int seatsLeft(InfoSession session) {
		return sessionRepository.findById(session.getId()).orElseThrow().seatsLeft();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String attachment(MimeMessage message) throws Exception {
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new IOException("No attachment");
	}
}
