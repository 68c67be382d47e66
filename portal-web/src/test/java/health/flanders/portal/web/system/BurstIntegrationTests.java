package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.sessions.SessionRegistrations;
import health.flanders.portal.web.support.BusyCores;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

/**
 * Bursts over real HTTP while every core is kept busy by something else: 300 people at once registering for a
 * session of 100 seats, or starting their first proposal, are all answered (none gets a 503 because the connections
 * were taken), and a scheduled job that runs meanwhile waits its turn and does its work.
 */
@PortalBrowserTest
@TestPropertySource(properties = { "icon.rate-limits.per-address=100000", "icon.rate-limits.per-email=100000" })
class BurstIntegrationTests {

	private static final int PEOPLE = 300;

	private static final String ERASURE = "session-registrations-erasure";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	InfoSessionRepository sessions;

	@Autowired
	PortalUserRepository users;

	@Autowired
	SessionRegistrations registrations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final ExecutorService jobRunner = Executors.newSingleThreadExecutor();

	@AfterEach
	void releaseTheJobsLock() {
		jobRunner.shutdownNow();
		ShedLocks.released(jdbc, ERASURE);
	}

	@Test
	void threeHundredPeopleRegisteringAtOnceForAHundredSeatsGetTheSeatsOrTheWaitingListInArrivalOrder()
			throws Exception {
		Instant start = clock.instant().plus(Duration.ofDays(7));
		InfoSession session = sessions.save(new InfoSession(null, "Burst " + TestData.unique(), start,
				start.plus(Duration.ofHours(2)), SessionFormat.ONLINE, null, null, "https://webinar.example.org/burst",
				100, clock));
		long oldSession = sessionPastItsRetention();
		String prefix = "burst-" + TestData.unique();
		ShedLocks.released(jdbc, ERASURE);

		List<HttpResponse<String>> responses;
		Future<?> job;
		boolean queued;
		Instant began = Instant.now();
		try (BusyCores busy = BusyCores.everyOne()) {
			List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, PEOPLE)
				.mapToObj(i -> http.sendAsync(HttpRequest
					.newBuilder(URI.create("http://localhost:" + port + "/api/v1/info-sessions/" + session.getId()
							+ "/registrations"))
					.timeout(Duration.ofSeconds(60))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("""
							{"name": "Person %d", "email": "%s-%d@example.org", "organisation": "Org %d", "consent": true}"""
						.formatted(i, prefix, i, i)))
					.build(), HttpResponse.BodyHandlers.ofString()))
				.toList();
			queued = awaitQueueOrEnd(burst);
			job = jobRunner.submit(registrations::eraseOldRegistrations);
			responses = burst.stream().map(CompletableFuture::join).toList();
			job.get(60, TimeUnit.SECONDS);
		}
		System.out.printf("%d registrations answered in %d ms%n", PEOPLE, Duration.between(began, Instant.now()).toMillis());

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
		Map<String, Long> byStatus = responses.stream()
			.map(response -> field(response.body(), "status"))
			.collect(Collectors.groupingBy(status -> status, Collectors.counting()));
		assertThat(byStatus).containsOnly(Map.entry("CONFIRMED", 100L), Map.entry("WAITLISTED", 200L));
		assertThat(responses.stream()
			.map(response -> field(response.body(), "waitlistPosition"))
			.filter(position -> !position.equals("null"))
			.map(Integer::valueOf)
			.sorted()
			.toList()).isEqualTo(IntStream.rangeClosed(1, 200).boxed().toList());
		// Seats went to the first 100 to arrive, the waiting list follows the order of arrival.
		List<String> statusesByArrival = jdbc
			.sql("select status from info_session_registrations where session_id = ? order by arrival")
			.param(session.getId())
			.query(String.class)
			.list();
		assertThat(statusesByArrival.subList(0, 100)).containsOnly("CONFIRMED");
		assertThat(statusesByArrival.subList(100, PEOPLE)).containsOnly("WAITLISTED");
		assertThat(jdbc.sql("select seats_taken from info_sessions where id = ?")
			.param(session.getId())
			.query(Integer.class)
			.single()).isEqualTo(100);

		assertThat(queued).as("requests queued for a connection during the burst").isTrue();
		assertThat(registrationsOf(oldSession)).as("the erasure job ran during the burst").isZero();
		assertThat(ShedLocks.takenByThisInstance(jdbc, ERASURE)).isTrue();
	}

	@Test
	void threeHundredApplicantsStartingTheirFirstProposalAtOnceAllGetTheirDraft() throws Exception {
		Call call = data.openCall();
		long oldSession = sessionPastItsRetention();
		ShedLocks.released(jdbc, ERASURE);
		List<SignedIn> applicants = signedInApplicants(call);

		List<HttpResponse<String>> responses;
		Future<?> job;
		Instant began = Instant.now();
		try (BusyCores busy = BusyCores.everyOne()) {
			List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
			for (int i = 0; i < PEOPLE; i++) {
				SignedIn applicant = applicants.get(i);
				burst.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/proposals"))
					.timeout(Duration.ofSeconds(60))
					.header("Cookie", "SESSION=" + applicant.session())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(form(Map.of("callId", call.getId().toString(), "acronym", "BURST-" + i, "_csrf",
							applicant.csrf())))
					.build(), HttpResponse.BodyHandlers.ofString()));
			}
			awaitQueueOrEnd(burst);
			job = jobRunner.submit(registrations::eraseOldRegistrations);
			responses = burst.stream().map(CompletableFuture::join).toList();
			job.get(60, TimeUnit.SECONDS);
		}
		System.out.printf("%d first saves answered in %d ms%n", PEOPLE, Duration.between(began, Instant.now()).toMillis());

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(302);
		assertThat(responses).allSatisfy(response -> assertThat(response.headers().firstValue("Location").orElseThrow())
			.matches(".*/proposals/\\d+"));
		assertThat(jdbc.sql("select count(*) from proposals where call_id = ?")
			.param(call.getId())
			.query(Long.class)
			.single()).isEqualTo(PEOPLE);
		assertThat(registrationsOf(oldSession)).as("the erasure job ran during the burst").isZero();
	}

	/** A session that ended 400 days ago with one registration, which the erasure job is to erase. */
	private long sessionPastItsRetention() {
		Instant start = clock.instant().plus(Duration.ofDays(7));
		InfoSession session = sessions.save(new InfoSession(null, "Old " + TestData.unique(), start,
				start.plus(Duration.ofHours(2)), SessionFormat.ONLINE, null, null, "https://webinar.example.org/old", 10,
				clock));
		registrations.register(session.getId(), new SessionRegistrations.Request("Old Timer",
				"erased-" + TestData.unique() + "@example.org", "O", false, null, Locale.ENGLISH));
		jdbc.sql("update info_sessions set starts_at = now() - interval '400 days', ends_at = now() - interval '399 days' "
				+ "where id = ?").param(session.getId()).update();
		return session.getId();
	}

	private long registrationsOf(long sessionId) {
		return jdbc.sql("select count(*) from info_session_registrations where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	/**
	 * Waits until requests queue for a connection (the pool is all taken) or every response is in; says which. The
	 * job started then runs while the pool is busy.
	 */
	private boolean awaitQueueOrEnd(List<CompletableFuture<HttpResponse<String>>> burst) throws Exception {
		ConnectionQueue queue = dataSource.unwrap(ConnectionQueue.class);
		CompletableFuture<Void> all = CompletableFuture.allOf(burst.toArray(CompletableFuture[]::new));
		Instant giveUp = Instant.now().plusSeconds(60);
		while (queue.waiting() == 0 && !all.isDone()) {
			assertThat(Instant.now()).isBefore(giveUp);
			Thread.onSpinWait();
		}
		return queue.waiting() > 0;
	}

	record SignedIn(String session, String csrf) {
	}

	/** 300 applicants, each signed in over HTTP with the form on the call's page to start a proposal. */
	private List<SignedIn> signedInApplicants(Call call) throws Exception {
		// A plain password ({noop}) so that 300 sign-ins take no bcrypt rounds; the portal reads it by its prefix.
		String prefix = "first-save-" + TestData.unique();
		List<PortalUser> applicants = users.saveAll(IntStream.range(0, PEOPLE)
			.mapToObj(i -> new PortalUser(prefix + "-" + i + "@example.org", "{noop}" + TestData.PASSWORD,
					"Applicant " + i, Locale.ENGLISH, Set.of(Role.APPLICANT), clock))
			.toList());
		ExecutorService signIns = Executors.newFixedThreadPool(4);
		try {
			List<Future<SignedIn>> signedIn = new ArrayList<>();
			for (PortalUser applicant : applicants) {
				signedIn.add(signIns.submit(() -> signIn(applicant.getEmail(), call)));
			}
			List<SignedIn> all = new ArrayList<>();
			for (Future<SignedIn> one : signedIn) {
				all.add(one.get(60, TimeUnit.SECONDS));
			}
			return all;
		}
		finally {
			signIns.shutdownNow();
		}
	}

	private SignedIn signIn(String email, Call call) throws Exception {
		HttpResponse<String> login = get("/login", null);
		String anonymous = cookie(login, "SESSION");
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Cookie", "SESSION=" + anonymous)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(form(Map.of("username", email, "password", TestData.PASSWORD, "_csrf", csrf(login.body()))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String session = cookie(signedIn, "SESSION");
		HttpResponse<String> callPage = get("/calls/" + call.getId(), session);
		assertThat(callPage.statusCode()).isEqualTo(200);
		return new SignedIn(session, csrf(callPage.body()));
	}

	private HttpResponse<String> get(String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith(name + "="))
			.map(value -> value.substring(name.length() + 1, value.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.headers().map()));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
		return HttpRequest.BodyPublishers.ofString(fields.entrySet()
			.stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&")));
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
		assertThat(matcher.find()).as(name + " in " + json).isTrue();
		return matcher.group(1);
	}
}
