package health.flanders.portal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.call.testing.TestDatabase;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.sessions.SessionRegistrations;
import health.flanders.portal.web.sessions.SessionReminders;
import health.flanders.portal.web.support.TestData;

/**
 * Two portal instances on one PostgreSQL, as behind a load balancer: a person signed in on one goes on on the other
 * with the same cookie, and the e-mail job, run by both instances at once, sends each e-mail once.
 */
class TwoInstancesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static GreenMail smtp;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static PostgreSQLContainer container;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void startTwoInstances() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Map<String, Object> properties = new HashMap<>();
		if (DockerClientFactory.instance().isDockerAvailable()) {
			container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
			properties.put("spring.datasource.url", container.getJdbcUrl());
			properties.put("spring.datasource.username", container.getUsername());
			properties.put("spring.datasource.password", container.getPassword());
		}
		else {
			TestDatabase.Connection database = TestDatabase.connection();
			properties.put("spring.datasource.url", database.url());
			if (database.username() != null) {
				properties.put("spring.datasource.username", database.username());
				properties.put("spring.datasource.password", database.password());
			}
		}
		properties.put("server.port", 0);
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", smtp.getSmtp().getPort());
		properties.put("spring.docker.compose.enabled", false);
		properties.put("icon.rate-limits.per-address", 100000);
		properties.put("icon.rate-limits.per-email", 100000);
		first = start(properties);
		second = start(properties);
	}

	/** Started with its settings as command-line arguments, which win over application.properties. */
	private static ConfigurableApplicationContext start(Map<String, Object> properties) {
		String[] arguments = properties.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PortalApplication.class).run(arguments);
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : Arrays.asList(first, second)) {
			if (context != null) {
				context.close();
			}
		}
		if (container != null) {
			container.stop();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void signedInOnOneInstanceAPersonGoesOnOnTheOther() throws Exception {
		String email = "two-instances-" + TestData.unique() + "@example.org";
		register(first, email);

		HttpResponse<String> form = http.send(HttpRequest.newBuilder(url(first, "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(first, "/login"))
			.header("Cookie", cookie(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=" + TestData.PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);

		HttpResponse<String> onTheOther = http.send(
				HttpRequest.newBuilder(url(second, "/proposals")).header("Cookie", cookie(signedIn)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(onTheOther.statusCode()).isEqualTo(200);
		assertThat(onTheOther.body()).contains("Two Instances");
	}

	@Test
	void aProposalWrittenThroughOneInstanceIsReadAndGivenItsFileThroughTheOther() throws Exception {
		String email = "two-proposals-" + TestData.unique() + "@example.org";
		register(first, email);
		String session = signIn(first, email);
		Call call = first.getBean(TransactionTemplate.class).execute(status -> {
			Instant now = Instant.now();
			Call open = new Call("TWO" + TestData.unique().substring(0, 6),
					new Bilingual("Two instances call", "Oproep op twee instanties"), new Bilingual("A call.", "Een oproep."),
					now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), new BigDecimal("1000000.00"),
					EligibilityCriteria.icon(), EvaluationDefaults.standard(), Call.MAX_ABSTRACT_LENGTH,
					Clock.systemUTC());
			CallGoal goal = open.addGoal("1", "Knowledge", null);
			open.addGoal("1a", "Data", goal);
			open.publish(Clock.systemUTC());
			return first.getBean(CallRepository.class).save(open);
		});
		String csrf = csrfOf(http.send(HttpRequest.newBuilder(url(second, "/calls/" + call.getId())).header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofString()).body());

		HttpResponse<String> started = http.send(HttpRequest.newBuilder(url(first, "/proposals"))
			.header("Cookie", session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("callId=" + call.getId() + "&acronym=TWOSIDES&_csrf=" + csrf))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = started.headers().firstValue("Location").orElseThrow();
		String proposal = location.substring(location.lastIndexOf('/') + 1);

		byte[] pdf = TestPdfs.onePage();
		String boundary = "----two-instances";
		byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nFULL_TEXT\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"text.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
				+ new String(pdf, StandardCharsets.ISO_8859_1) + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(url(second, "/proposals/" + proposal + "/attachments"))
			.header("Cookie", session)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).isEqualTo(302);

		String page = http.send(HttpRequest.newBuilder(url(first, "/proposals/" + proposal)).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(page).contains("TWOSIDES").contains("text.pdf");
		Matcher download = Pattern.compile("href=\"(/proposals/" + proposal + "/attachments/\\d+)\"").matcher(page);
		assertThat(download.find()).isTrue();
		HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(url(second, download.group(1))).header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(file.body()).isEqualTo(pdf);
	}

	private String signIn(ConfigurableApplicationContext instance, String email) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(url(instance, "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(url(instance, "/login"))
			.header("Cookie", cookie(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
					+ "&password=" + TestData.PASSWORD + "&_csrf=" + csrfOf(form.body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return cookie(signedIn);
	}

	private static String csrfOf(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	@Test
	void theEMailJobOfBothInstancesSendsEachEMailOnce() throws Exception {
		String prefix = "once-" + TestData.unique();
		// GreenMail creates a recipient's mailbox on the first delivery, and two deliveries creating mailboxes at once
		// can lose a message on a slow machine (greenmail-mail-test/greenmail#261, #598): the mailboxes exist first.
		for (int i = 0; i < 30; i++) {
			smtp.setUser(prefix + "-" + i + "@example.org", "secret");
		}
		TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
		Mailer mailer = first.getBean(Mailer.class);
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 30; i++) {
				mailer.send(prefix + "-" + i + "@example.org", Locale.ENGLISH, "welcome", Map.of("name", "Reader " + i));
			}
		});
		// Both instances run their e-mail job at the same moment, as their schedules would.
		MailDispatcher firstJob = first.getBean(MailDispatcher.class);
		MailDispatcher secondJob = second.getBean(MailDispatcher.class);
		CompletableFuture.allOf(CompletableFuture.runAsync(firstJob::sendDue),
				CompletableFuture.runAsync(secondJob::sendDue)).get();

		Instant giveUp = Instant.now().plusSeconds(15);
		while (delivered(prefix) < 30 && Instant.now().isBefore(giveUp)) {
			smtp.waitForIncomingEmail(200, smtp.getReceivedMessages().length + 1);
		}
		assertThat(delivered(prefix)).isEqualTo(30);
		// Each one sent in a single attempt by a single instance (the last ones may still be committing).
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		while (sent(jdbc, prefix) < 30 && Instant.now().isBefore(giveUp)) {
			smtp.waitForIncomingEmail(100, Integer.MAX_VALUE);
		}
		assertThat(sent(jdbc, prefix)).isEqualTo(30);
		assertThat(jdbc.sql("select sum(attempts) from outgoing_mails where recipient like ?")
			.param(prefix + "-%")
			.query(Long.class)
			.single()).isEqualTo(30);
		assertThat(delivered(prefix)).isEqualTo(30);
	}

	@Test
	void theReminderJobOfBothInstancesRemindsEachPersonOnce() throws Exception {
		Instant tomorrowAtTen = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))
			.plusDays(1)
			.atTime(10, 0)
			.atZone(java.time.ZoneId.of("Europe/Brussels"))
			.toInstant();
		InfoSession session = first.getBean(InfoSessionRepository.class)
			.save(new InfoSession(null, "Tomorrow " + TestData.unique(), tomorrowAtTen,
					tomorrowAtTen.plus(java.time.Duration.ofHours(1)), SessionFormat.ONLINE, null, null,
					"https://webinar.example.org/tomorrow", 10, first.getBean(java.time.Clock.class)));
		String email = "reminded-" + TestData.unique() + "@example.org";
		first.getBean(SessionRegistrations.class).register(session.getId(),
				new SessionRegistrations.Request("Rita", email, "O", false, null, Locale.ENGLISH));

		// Another test class may have run the job within its lock's minimum hold on this shared database: release the
		// lock as its holder would. Not by deleting the row: ShedLock remembers that the row exists and then only
		// updates it, so without the row neither instance would run the job, and the test would fail.
		first.getBean(JdbcClient.class)
			.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'session-reminders'")
			.update();
		SessionReminders firstJob = first.getBean(SessionReminders.class);
		SessionReminders secondJob = second.getBean(SessionReminders.class);
		CompletableFuture.allOf(CompletableFuture.runAsync(firstJob::remindTomorrowsSessions),
				CompletableFuture.runAsync(secondJob::remindTomorrowsSessions)).get();

		assertThat(first.getBean(JdbcClient.class)
			.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'Tomorrow:%'")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static long sent(JdbcClient jdbc, String prefix) {
		return jdbc.sql("select count(*) from outgoing_mails where recipient like ? and sent_at is not null")
			.param(prefix + "-%")
			.query(Long.class)
			.single();
	}

	private static long delivered(String prefix) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipient(message).startsWith(prefix)).count();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void register(ConfigurableApplicationContext instance, String email) {
		instance.getBean(AccountService.class)
			.create(email, TestData.PASSWORD, "Two Instances", Locale.ENGLISH, Set.of(Role.APPLICANT));
	}

	private static String cookie(HttpResponse<?> response) {
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private static URI url(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}
}
