package health.flanders.portal.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ContentDisposition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.session.Attendance;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
@Import(SessionTestData.class)
class SessionAdministrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SessionTestData sessions;

	@Autowired
	InfoSessionRepository sessionRepository;

	@Autowired
	SessionRegistrations registrations;

	@Autowired
	SessionReminders reminders;

	@Autowired
	SessionAdministration administration;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminPlansAHybridSessionInBrusselsTime() throws Exception {
		String title = "Planned " + TestData.unique();
		mvc.perform(post("/admin/info-sessions").with(csrf()).with(admin())
			.param("title", title)
			.param("startsAt", "2027-03-28T14:00")
			.param("endsAt", "2027-03-28T16:00")
			.param("format", "HYBRID")
			.param("venue", "Provinciehuis Leuven")
			.param("address", "Provincieplein 1, 3010 Leuven")
			.param("onlineLink", "https://webinar.example.org/planned")
			.param("capacity", "80")
			.param("onlineCapacity", "200")
			.param("language", "nl")).andExpect(status().isFound());
		InfoSession saved = sessionRepository.findAll()
			.stream()
			.filter(session -> session.getTitle().equals(title))
			.findFirst()
			.orElseThrow();
		// 28 March 2027 is the day summer time starts: 14:00 in Brussels is 12:00 UTC.
		assertThat(saved.getStartsAt()).hasToString("2027-03-28T12:00:00Z");
		assertThat(saved.seatsLeft()).isEqualTo(280);
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndSavesNothing() throws Exception {
		long before = sessionRepository.count();
		mvc.perform(post("/admin/info-sessions").with(csrf()).with(admin())
			.param("title", "Kept title")
			.param("startsAt", "2027-03-28T16:00")
			.param("endsAt", "2027-03-28T14:00")
			.param("format", "HYBRID")
			.param("capacity", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"endsAt-error\"")))
			.andExpect(content().string(containsString("id=\"venue-error\"")))
			.andExpect(content().string(containsString("id=\"onlineCapacity-error\"")))
			.andExpect(content().string(containsString("id=\"capacity-error\"")))
			.andExpect(content().string(containsString("value=\"Kept title\"")));
		assertThat(sessionRepository.count()).isEqualTo(before);
	}

	@Test
	void aChangeOnAStaleFormIsRefusedAndFewerSeatsThanTakenAreRefused() throws Exception {
		InfoSession session = sessions.inPerson(2);
		registrations.register(session.getId(), new SessionRegistrations.Request("A", "a-" + TestData.unique()
				+ "@example.org", "O", false, null, Locale.ENGLISH));
		registrations.register(session.getId(), new SessionRegistrations.Request("B", "b-" + TestData.unique()
				+ "@example.org", "O", false, null, Locale.ENGLISH));
		long version = sessionRepository.findById(session.getId()).orElseThrow().getVersion();
		mvc.perform(edit(session, version - 1, "1")).andExpect(content().string(containsString("Someone else changed")));
		mvc.perform(edit(session, version, "1")).andExpect(content().string(containsString("fewer seats than")));
		assertThat(sessionRepository.findById(session.getId()).orElseThrow().getCapacity()).isEqualTo(2);
	}

	@Test
	void moreSeatsGoToTheWaitingListInOrderAndEachPersonPromotedIsEMailedInTheirLanguage() throws Exception {
		InfoSession session = sessions.inPerson(1);
		String holder = register(session, "holder", Locale.ENGLISH);
		String first = register(session, "first", Locale.forLanguageTag("nl"));
		String second = register(session, "second", Locale.ENGLISH);
		String third = register(session, "third", Locale.ENGLISH);
		long version = sessionRepository.findById(session.getId()).orElseThrow().getVersion();

		mvc.perform(edit(session, version, "3"))
			.andExpect(redirectedUrl("/admin/info-sessions"))
			.andExpect(flash().attribute("promoted", 2));

		assertThat(statusOf(session, holder)).isEqualTo("CONFIRMED");
		assertThat(statusOf(session, first)).isEqualTo("CONFIRMED");
		assertThat(statusOf(session, second)).isEqualTo("CONFIRMED");
		assertThat(statusOf(session, third)).isEqualTo("WAITLISTED");
		InfoSession changed = sessionRepository.findById(session.getId()).orElseThrow();
		assertThat(changed.getSeatsTaken()).isEqualTo(3);
		assertThat(changed.seatsLeft()).isZero();

		MimeMessage dutch = mailbox.awaitMessageTo(first,
				message -> subject(message).startsWith("Er is een plaats vrijgekomen voor u: "));
		assertThat(Mailbox.text(dutch)).contains("is nu bevestigd");
		assertThat(Mailbox.raw(dutch)).contains("text/calendar");
		MimeMessage english = mailbox.awaitMessageTo(second,
				message -> subject(message).startsWith("A seat came free for you: "));
		assertThat(Mailbox.text(english)).contains("is now confirmed");
		assertThat(promotionMailsTo(third)).isZero();
		assertThat(promotionMailsTo(holder)).isZero();

		// The seats are gone: someone new waits behind the third, who is first in line now.
		SessionRegistrations.Outcome newcomer = registrations.register(session.getId(), new SessionRegistrations.Request(
				"New", "new-" + TestData.unique() + "@example.org", "O", false, null, Locale.ENGLISH));
		assertThat(newcomer.status().name()).isEqualTo("WAITLISTED");
		assertThat(newcomer.waitlistPosition()).isEqualTo(2);
	}

	@Test
	void moreOnlineSeatsOfAHybridSessionGoToTheOnlineQueueOnly() {
		InfoSession session = sessions.hybrid(1, 1);
		register(session, "room", Attendance.IN_PERSON);
		register(session, "online", Attendance.ONLINE);
		String roomWaiting = register(session, "room-waiting", Attendance.IN_PERSON);
		String onlineWaiting = register(session, "online-waiting", Attendance.ONLINE);

		SessionForm form = administration.formOf(session.getId());
		form.setOnlineCapacity(2);
		assertThat(administration.change(session.getId(), form)).isOne();

		assertThat(statusOf(session, onlineWaiting)).isEqualTo("CONFIRMED");
		assertThat(statusOf(session, roomWaiting)).isEqualTo("WAITLISTED");
	}

	@Test
	void seatsAddedWhileNewcomersRegisterGoToThoseWhoWaitedAndNeverOneTooMany() throws Exception {
		InfoSession session = sessions.inPerson(2);
		List<String> holders = List.of(register(session, "holder-1", Locale.ENGLISH),
				register(session, "holder-2", Locale.ENGLISH));
		List<String> waiting = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			waiting.add(register(session, "waiting-" + i, Locale.ENGLISH));
		}

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> done = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				String email = "newcomer-" + i + "-" + TestData.unique() + "@example.org";
				done.add(pool.submit(() -> registrations.register(session.getId(),
						new SessionRegistrations.Request("Newcomer", email, "Crowd BV", false, null, Locale.ENGLISH))));
				if (i == 10) {
					done.add(pool.submit(() -> {
						SessionForm form = administration.formOf(session.getId());
						form.setCapacity(5);
						return administration.change(session.getId(), form);
					}));
				}
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		// Whenever the seats came, the first three who waited got them, ahead of every newcomer.
		List<String> confirmed = jdbc.sql("select email from info_session_registrations where session_id = ? "
				+ "and status = 'CONFIRMED' order by arrival").param(session.getId()).query(String.class).list();
		assertThat(confirmed).containsExactly(holders.get(0), holders.get(1), waiting.get(0), waiting.get(1),
				waiting.get(2));
		List<String> queue = jdbc.sql("select email from info_session_registrations where session_id = ? "
				+ "and status = 'WAITLISTED' order by arrival").param(session.getId()).query(String.class).list();
		assertThat(queue).hasSize(22).startsWith(waiting.get(3), waiting.get(4));
		assertThat(sessionRepository.findById(session.getId()).orElseThrow().getSeatsTaken()).isEqualTo(5);

		// Far more seats than people waiting: everyone waiting gets one, and the rest stay free.
		SessionForm form = administration.formOf(session.getId());
		form.setCapacity(40);
		assertThat(administration.change(session.getId(), form)).isEqualTo(22);
		InfoSession roomy = sessionRepository.findById(session.getId()).orElseThrow();
		assertThat(roomy.getSeatsTaken()).isEqualTo(27);
		assertThat(roomy.seatsLeft()).isEqualTo(13);
	}

	@Test
	void moreSeatsForACancelledSessionPromoteNobody() {
		InfoSession session = sessions.inPerson(1);
		register(session, "holder", Locale.ENGLISH);
		String waiting = register(session, "waiting", Locale.ENGLISH);
		administration.cancel(session.getId());

		SessionForm form = administration.formOf(session.getId());
		form.setCapacity(5);
		assertThat(administration.change(session.getId(), form)).isZero();
		assertThat(statusOf(session, waiting)).isEqualTo("WAITLISTED");
	}

	@Test
	void cancellingASessionEMailsEveryoneRegistered() throws Exception {
		InfoSession session = sessions.inPerson(1);
		String first = "cancel-a-" + TestData.unique() + "@example.org";
		String second = "cancel-b-" + TestData.unique() + "@example.org";
		registrations.register(session.getId(), new SessionRegistrations.Request("A", first, "O", false, null, Locale.ENGLISH));
		registrations.register(session.getId(), new SessionRegistrations.Request("B", second, "O", false, null,
				Locale.forLanguageTag("nl")));
		mvc.perform(post("/admin/info-sessions/{id}/cancel", session.getId()).with(csrf()).with(admin()))
			.andExpect(status().isFound());
		assertThat(mailbox.awaitMessagesTo(first, 2)).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Cancelled: "));
		assertThat(mailbox.awaitMessagesTo(second, 2)).anySatisfy(m -> assertThat(m.getSubject()).startsWith("Geannuleerd: "));
		mvc.perform(post("/api/v1/info-sessions/{id}/registrations", session.getId())
			.contentType("application/json")
			.content("{\"name\":\"C\",\"email\":\"late-" + TestData.unique() + "@example.org\",\"organisation\":\"O\",\"consent\":true}"))
			.andExpect(status().isConflict());
	}

	@Test
	void theAttendeeListDownloadsAsAnAttachmentThatIsNeverSniffed() throws Exception {
		InfoSession session = sessions.inPerson(5);
		MockHttpServletResponse response = mvc
			.perform(get("/admin/info-sessions/{id}/attendees.csv", session.getId()).with(admin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		ContentDisposition disposition = ContentDisposition.parse(response.getHeader("Content-Disposition"));
		assertThat(disposition.isAttachment()).isTrue();
		assertThat(disposition.getFilename()).isEqualTo("icon-session-" + session.getId() + "-attendees.csv");
		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
	}

	@Test
	void onTheDayAnAdminChecksPeopleInAndExportsTheList() throws Exception {
		InfoSession session = sessions.inPerson(5);
		SessionRegistrations.Outcome ann = registrations.register(session.getId(), new SessionRegistrations.Request(
				"=Ann Peeters", "ann-" + TestData.unique() + "@example.org", "Acme NV", true, null, Locale.ENGLISH));
		mvc.perform(post("/admin/info-sessions/{id}/attendees/{r}/check-in", session.getId(), ann.id()).with(csrf())
			.with(admin())).andExpect(status().isFound());
		mvc.perform(get("/admin/info-sessions/{id}/attendees", session.getId()).with(admin()))
			.andExpect(content().string(containsString("Checked in at")));
		byte[] csv = mvc.perform(get("/admin/info-sessions/{id}/attendees.csv", session.getId()).with(admin()))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("\"'=Ann Peeters\"").contains("\"CONFIRMED\"").contains("\"yes\"");
		mvc.perform(post("/admin/info-sessions/{id}/attendees/{r}/check-in", Long.MAX_VALUE, ann.id()).with(csrf())
			.with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void aMessageReachesEveryoneRegistered() throws Exception {
		InfoSession session = sessions.inPerson(1);
		String first = "msg-a-" + TestData.unique() + "@example.org";
		String second = "msg-b-" + TestData.unique() + "@example.org";
		registrations.register(session.getId(), new SessionRegistrations.Request("A", first, "O", false, null, Locale.ENGLISH));
		registrations.register(session.getId(), new SessionRegistrations.Request("B", second, "O", false, null, Locale.ENGLISH));
		mvc.perform(post("/admin/info-sessions/{id}/message", session.getId()).with(csrf()).with(admin())
			.param("subject", "New room " + session.getId())
			.param("text", "We moved to room 2.")).andExpect(status().isFound());
		assertThat(mailbox.awaitMessagesTo(first, 2)).anySatisfy(m -> assertThat(Mailbox.text(m)).contains("We moved to room 2."));
		assertThat(mailbox.awaitMessagesTo(second, 2)).anySatisfy(m -> assertThat(m.getSubject()).isEqualTo("New room " + session.getId()));
	}

	@Test
	void theReminderOfTheDayBeforeLeavesOnceForEachConfirmedPerson() throws Exception {
		java.time.Instant tomorrowAtTen = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))
			.plusDays(1)
			.atTime(10, 0)
			.atZone(java.time.ZoneId.of("Europe/Brussels"))
			.toInstant();
		InfoSession session = sessions.online(tomorrowAtTen, 1, "https://webinar.example.org/tomorrow");
		String confirmed = "remind-" + TestData.unique() + "@example.org";
		String waiting = "remind-waiting-" + TestData.unique() + "@example.org";
		registrations.register(session.getId(), new SessionRegistrations.Request("A", confirmed, "O", false, null, Locale.ENGLISH));
		registrations.register(session.getId(), new SessionRegistrations.Request("B", waiting, "O", false, null, Locale.ENGLISH));

		// Another test class may have run the job within its lock's minimum hold on this shared database: release the
		// lock as its holder would. Not by deleting the row: ShedLock remembers that the row exists and then only
		// updates it, so without the row the job would silently not run.
		jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'session-reminders'")
			.update();
		reminders.remindTomorrowsSessions();
		reminders.remindTomorrowsSessions();
		mailbox.awaitMessagesTo(confirmed, 2);

		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'Tomorrow:%'")
			.param(confirmed).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'Tomorrow:%'")
			.param(waiting).query(Long.class).single()).isZero();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(InfoSession session,
			long version, String capacity) {
		return post("/admin/info-sessions/{id}", session.getId()).with(csrf()).with(admin())
			.param("title", session.getTitle())
			.param("startsAt", session.getStartsAt().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDateTime().withNano(0).toString())
			.param("endsAt", session.getEndsAt().atZone(java.time.ZoneId.of("Europe/Brussels")).toLocalDateTime().withNano(0).toString())
			.param("format", "IN_PERSON")
			.param("venue", "Provinciehuis Leuven")
			.param("capacity", capacity)
			.param("language", "en")
			.param("version", String.valueOf(version));
	}

	private String register(InfoSession session, String name, Locale language) {
		String email = name + "-" + TestData.unique() + "@example.org";
		registrations.register(session.getId(),
				new SessionRegistrations.Request(name, email, "Acme NV", false, null, language));
		return email;
	}

	private String register(InfoSession session, String name, Attendance attendance) {
		String email = name + "-" + TestData.unique() + "@example.org";
		registrations.register(session.getId(),
				new SessionRegistrations.Request(name, email, "Acme NV", false, attendance, Locale.ENGLISH));
		return email;
	}

	private String statusOf(InfoSession session, String email) {
		return jdbc.sql("select status from info_session_registrations where session_id = ? and email = ?")
			.params(session.getId(), email)
			.query(String.class)
			.single();
	}

	private long promotionMailsTo(String email) {
		return jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'A seat came free%'")
			.param(email)
			.query(Long.class)
			.single();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor admin() {
		return user(userDetails.loadUserByUsername(data.user(Role.ADMIN).getEmail()));
	}
}
