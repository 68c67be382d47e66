package health.flanders.portal.web.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The automatic closing of a session's partnering requests by the portal's clock. Each test's session is a week ahead,
 * its meetings from 16:00 in Brussels; its requests close by themselves at noon the day before. The job also runs by
 * itself in the background with the same clock, so the tests look at what happened in the database (when the requests
 * closed, the agendas written to the outbox), not at which run did it.
 */
@PortalIntegrationTest
@Import({ PartneringTestData.class, MutableClockConfiguration.class })
class RequestClosingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	PartneringTestData partnering;

	@Autowired
	RequestClosings closings;

	@Autowired
	PartneringSchedule schedule;

	@Autowired
	MutableClock clock;

	@Autowired
	BrusselsTime time;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	InfoSession session;

	PortalUser ann;

	PortalUser bob;

	Instant closeAt;

	@BeforeEach
	void acceptedMeetingWithAnAutomaticClosing() {
		session = partnering.withPartnering(data.openCall(), 5);
		ann = data.user(Role.APPLICANT);
		bob = data.user(Role.APPLICANT);
		PartneringParticipant anns = partnering.participant(session, ann, "Ann NV", OrganisationType.ENTERPRISE,
				TestData.freshEnterpriseNumber().digits(), "Software", "Research");
		PartneringParticipant bobs = partnering.participant(session, bob, "Bob Lab", OrganisationType.RTO, null,
				"Research", "Software");
		jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, status, requested_at, answered_at)
				values (?, ?, ?, 'ACCEPTED', now(), now())""")
			.params(session.getId(), anns.getId(), bobs.getId())
			.update();
		closeAt = partnering.inAWeekAt(LocalTime.NOON).minus(Duration.ofDays(1));
		jdbc.sql("update partnering_events set requests_close_at = ? where session_id = ?")
			.params(OffsetDateTime.ofInstant(closeAt, BrusselsTime.ZONE), session.getId())
			.update();
	}

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void beforeItsTimeTheJobLeavesTheRequestsOpenAndSchedulesNothing() throws Exception {
		clock.setInstant(closeAt.minus(Duration.ofMinutes(1)));

		closings.closeDue();

		assertThat(closedAt()).isEmpty();
		assertThat(meetings()).isZero();
		assertThat(agendasTo(ann)).isZero();
		mvc.perform(get(page()).with(as(ann)))
			.andExpect(content().string(containsString("Requests and answers close on")))
			.andExpect(content().string(containsString(dateTime(closeAt))));
	}

	@Test
	void onceItsTimeHasComeTheRequestsCloseAndTheMeetingsAreScheduledOnceHoweverOftenTheJobRuns() throws Exception {
		clock.setInstant(closeAt.plus(Duration.ofMinutes(1)));

		closings.closeDue();
		Optional<Instant> closed = closedAt();
		closings.closeDue();
		clock.setInstant(closeAt.plus(Duration.ofHours(2)));
		closings.closeDue();

		assertThat(closed).hasValue(closeAt.plus(Duration.ofMinutes(1)));
		assertThat(closedAt()).isEqualTo(closed);
		assertThat(meetings()).isEqualTo(1);
		assertThat(agendasTo(ann)).isEqualTo(1);
		assertThat(agendasTo(bob)).isEqualTo(1);
		mvc.perform(get(page()).with(as(ann)))
			.andExpect(content().string(containsString("Requests are closed")))
			.andExpect(content().string(containsString("Your agenda")));
	}

	@Test
	void twoRunsThatMeetScheduleTheSessionOnce() throws Exception {
		clock.setInstant(closeAt.plus(Duration.ofMinutes(1)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Boolean> run = () -> {
				start.await();
				return schedule.closeIfDue(session.getId()).isPresent();
			};
			List<Future<Boolean>> runs = List.of(pool.submit(run), pool.submit(run));
			start.countDown();
			int scheduled = 0;
			for (Future<Boolean> result : runs) {
				scheduled += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			// The job in the background may have been first; then neither of the two schedules.
			assertThat(scheduled).isLessThanOrEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(closedAt()).isPresent();
		assertThat(agendasTo(ann)).isEqualTo(1);
		assertThat(agendasTo(bob)).isEqualTo(1);
	}

	@Test
	void requestsAnAdminClosedBeforeTheirTimeAreLeftAsTheyAre() throws Exception {
		clock.setInstant(closeAt.minus(Duration.ofHours(3)));
		mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering/schedule").with(csrf())
			.with(as(data.user(Role.ADMIN)))).andExpect(status().is3xxRedirection());

		clock.setInstant(closeAt.plus(Duration.ofMinutes(1)));
		closings.closeDue();

		assertThat(closedAt()).hasValue(closeAt.minus(Duration.ofHours(3)));
		assertThat(agendasTo(ann)).isEqualTo(1);
		assertThat(agendasTo(bob)).isEqualTo(1);
	}

	@Test
	void anAdminSetsTheAutomaticClosingInBrusselsTimeAndSeesIt() throws Exception {
		LocalDateTime twoDaysBefore = LocalDateTime.ofInstant(partnering.inAWeekAt(LocalTime.of(9, 30)),
				BrusselsTime.ZONE).minusDays(2);

		save(twoDaysBefore.toString()).andExpect(redirectedUrl("/admin/info-sessions/" + session.getId() + "/partnering"));

		Instant expected = twoDaysBefore.atZone(BrusselsTime.ZONE).toInstant();
		assertThat(closeAtSaved()).isEqualTo(expected);
		mvc.perform(get("/admin/info-sessions/" + session.getId() + "/partnering").with(as(data.user(Role.ADMIN))))
			.andExpect(content().string(containsString("The requests close by themselves on")))
			.andExpect(content().string(containsString(dateTime(expected))))
			.andExpect(content().string(containsString("value=\"" + twoDaysBefore + "\"")));
		mvc.perform(get("/admin/info-sessions/" + session.getId() + "/partnering").param("lang", "nl")
			.with(as(data.user(Role.ADMIN))))
			.andExpect(content().string(containsString("De vragen sluiten vanzelf af op")));

		save("").andExpect(redirectedUrl("/admin/info-sessions/" + session.getId() + "/partnering"));
		assertThat(closeAtSaved()).isNull();
	}

	@Test
	void anAutomaticClosingAfterTheMeetingsBeginOrInThePastIsRefusedBesideTheFieldAndNothingIsSaved()
			throws Exception {
		LocalDateTime meetingsBegin = LocalDateTime.ofInstant(partnering.inAWeekAt(LocalTime.of(16, 0)),
				BrusselsTime.ZONE);
		save(meetingsBegin.plusMinutes(30).toString()).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "requestsCloseAt",
					"partnering.admin.requestsCloseAt.beforeWindow"))
			.andExpect(content().string(containsString("The requests close before the meetings begin.")))
			.andExpect(content().string(containsString("value=\"" + meetingsBegin.plusMinutes(30) + "\"")));

		LocalDateTime yesterday = LocalDateTime.now(BrusselsTime.ZONE).minusDays(1).truncatedTo(ChronoUnit.MINUTES);
		save(yesterday.toString()).andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "requestsCloseAt",
					"partnering.admin.requestsCloseAt.future"))
			.andExpect(content().string(containsString("Choose a moment still to come.")));

		save("not a time").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "requestsCloseAt"));
		assertThat(closeAtSaved()).isEqualTo(closeAt);
	}

	@Test
	void theSavedClosingMaySaveAgainOnceItHasPassed() throws Exception {
		clock.setInstant(closeAt.plus(Duration.ofMinutes(1)));
		closings.closeDue();

		save(LocalDateTime.ofInstant(closeAt, BrusselsTime.ZONE).toString())
			.andExpect(redirectedUrl("/admin/info-sessions/" + session.getId() + "/partnering"));
		mvc.perform(get("/admin/info-sessions/" + session.getId() + "/partnering").with(as(data.user(Role.ADMIN))))
			.andExpect(content().string(containsString("The requests were closed on")));
	}

	private ResultActions save(String requestsCloseAt) throws Exception {
		long version = jdbc.sql("select version from partnering_events where session_id = ?")
			.param(session.getId())
			.query(Long.class)
			.single();
		return mvc.perform(post("/admin/info-sessions/" + session.getId() + "/partnering").with(csrf())
			.with(as(data.user(Role.ADMIN)))
			.param("enabled", "true")
			.param("windowStart", "16:00")
			.param("windowEnd", "18:00")
			.param("meetingMinutes", "20")
			.param("tables", "5")
			.param("requestLimit", "5")
			.param("requestsCloseAt", requestsCloseAt)
			.param("version", String.valueOf(version)));
	}

	private Optional<Instant> closedAt() {
		return instant("requests_closed_at");
	}

	private Instant closeAtSaved() {
		return instant("requests_close_at").orElse(null);
	}

	private Optional<Instant> instant(String column) {
		return jdbc.sql("select " + column + " from partnering_events where session_id = ?")
			.param(session.getId())
			.query((row, n) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.single();
	}

	private long meetings() {
		return jdbc.sql("select count(*) from partnering_meetings where session_id = ?")
			.param(session.getId())
			.query(Long.class)
			.single();
	}

	/** The agendas written to the outbox for this person: a schedule writes one to each participant with a meeting. */
	private long agendasTo(PortalUser person) {
		return jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'Your partnering agenda%'")
			.param(person.getEmail())
			.query(Long.class)
			.single();
	}

	private String page() {
		return "/info-sessions/" + session.getId() + "/partnering";
	}

	/** As a page's {@code <time datetime>} gives it. */
	private String dateTime(Instant instant) {
		return "datetime=\"" + time.iso(instant) + "\"";
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
