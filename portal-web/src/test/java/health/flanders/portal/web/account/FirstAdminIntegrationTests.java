package health.flanders.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.call.testing.TestDatabase;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.FreshDatabase;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.TestData;

/**
 * The first start of an install without the demo data, with portal instances started as from the command line on
 * databases of their own: with ICON_ADMIN_EMAIL set, two instances starting at once appoint one admin with one link,
 * e-mailed and logged once, that chooses the password; a restart does nothing; without it the log says how to get an
 * admin, and an account that exists for the address gets ADMIN.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIntegrationTests {

	/** As an operator might type it: the account gets the normalised address. */
	private static final String ADMIN_SETTING = "First.Admin@Example.org";

	private static final String ADMIN = "first.admin@example.org";

	private static final String BASE_URL = "https://icon.example.org";

	private static final Pattern MAILED_LINK = Pattern
		.compile(Pattern.quote(BASE_URL) + "/password/reset\\?token=[A-Za-z0-9_-]+");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String HOW_TO_GET_AN_ADMIN = "No account holds the ADMIN role";

	private static final String NEW_PASSWORD = "heron-quarry-lantern-58";

	static GreenMail smtp;

	static Mailbox mailbox;

	/** Where two instances started at once with the setting. */
	static FreshDatabase installed;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static String logOfTheFirstStart;

	/** Where one instance started without the setting, and nobody holds ADMIN. */
	static FreshDatabase withoutAdmin;

	static ConfigurableApplicationContext unconfigured;

	static String logWithoutTheSetting;

	@BeforeAll
	static void startTwoInstancesAtOnceOnAFreshInstall(CapturedOutput output) throws Exception {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		mailbox = new Mailbox(smtp);

		withoutAdmin = FreshDatabase.create();
		int before = output.getAll().length();
		unconfigured = start(settings(withoutAdmin));
		logWithoutTheSetting = output.getAll().substring(before);

		installed = FreshDatabase.create();
		Map<String, Object> settings = settings(installed);
		settings.put("icon.admin-email", ADMIN_SETTING);
		before = output.getAll().length();
		// The test holds the instances' lock until both wait for it, so that they do ask at the same moment.
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try (Connection database = connect(installed.connection())) {
			database.setAutoCommit(false);
			try (Statement statement = database.createStatement()) {
				statement.execute("select pg_advisory_xact_lock(" + FirstAdmin.LOCK + ")");
			}
			Future<ConfigurableApplicationContext> one = starter.submit(() -> start(settings));
			Future<ConfigurableApplicationContext> other = starter.submit(() -> start(settings));
			awaitWaitingForTheLock(database, 2);
			database.commit();
			first = one.get();
			second = other.get();
		}
		finally {
			starter.shutdown();
		}
		logOfTheFirstStart = output.getAll().substring(before);
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : Arrays.asList(first, second, unconfigured)) {
			if (context != null) {
				context.close();
			}
		}
		for (FreshDatabase database : Arrays.asList(installed, withoutAdmin)) {
			if (database != null) {
				database.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void twoInstancesStartingAtOnceAppointOneAdminWithOneLinkMailedAndLoggedOnce() throws Exception {
		JdbcClient jdbc = first.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select u.email from users u join user_roles r on r.user_id = u.id where r.role = 'ADMIN'")
			.query(String.class)
			.list()).containsExactly(ADMIN);
		PortalUser admin = first.getBean(PortalUserRepository.class).findByEmail(ADMIN).orElseThrow();
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
		assertThat(jdbc.sql("select count(*) from password_reset_tokens").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select expires_at - created_at = interval '24 hours' from password_reset_tokens""")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || subject_id || ' ' || details from audit_entries")
			.query(String.class)
			.list()).containsExactly("system ACCOUNT_CREATED " + ADMIN + " roles [ADMIN]");

		assertThat(occurrences(logOfTheFirstStart, "First admin: ")).isEqualTo(1);
		assertThat(logOfTheFirstStart).doesNotContain(HOW_TO_GET_AN_ADMIN);
		String loggedLink = loggedLink(logOfTheFirstStart, ADMIN);
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ?").param(ADMIN).query(Long.class)
			.single()).isEqualTo(1);
		MimeMessage mail = mailbox.awaitMessageTo(ADMIN);
		assertThat(mail.getSubject()).isEqualTo("You are the first admin of the ICON Portal");
		Matcher mailedLink = MAILED_LINK.matcher(Mailbox.text(mail));
		assertThat(mailedLink.find()).as("the link in the e-mail").isTrue();
		assertThat(mailedLink.group()).isEqualTo(loggedLink);
	}

	@Test
	void theLinkChoosesThePasswordWithWhichTheAdminSignsInAndManagesAccounts() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String pathAndQuery = loggedLink(logOfTheFirstStart, ADMIN).substring(BASE_URL.length());

		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(url(second, pathAndQuery)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(form.body()).contains("New password");
		HttpResponse<String> chosen = post(browser, url(second, "/password/reset"),
				"token=" + pathAndQuery.substring(pathAndQuery.indexOf('=') + 1) + "&password=" + NEW_PASSWORD
						+ "&confirmPassword=" + NEW_PASSWORD + "&_csrf=" + csrf(form.body()));
		assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?passwordChanged"));

		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(url(first, "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> signedIn = post(browser, url(first, "/login"),
				"username=" + URLEncoder.encode(ADMIN, StandardCharsets.UTF_8) + "&password=" + NEW_PASSWORD + "&_csrf="
						+ csrf(signIn.body()));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		HttpResponse<String> accounts = browser.send(HttpRequest.newBuilder(url(first, "/admin/users")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(accounts.statusCode()).isEqualTo(200);
		assertThat(accounts.body()).contains(ADMIN);
	}

	@Test
	void aRestartWithAnAdminCreatesNothingAndLogsNothing(CapturedOutput output) {
		Map<String, Object> settings = settings(installed);
		settings.put("icon.admin-email", ADMIN_SETTING);
		int before = output.getAll().length();
		try (ConfigurableApplicationContext restarted = start(settings)) {
			String log = output.getAll().substring(before);
			assertThat(log).doesNotContain("First admin:").doesNotContain(HOW_TO_GET_AN_ADMIN);
			JdbcClient jdbc = restarted.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from users").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from password_reset_tokens").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from outgoing_mails").query(Long.class).single()).isEqualTo(1);
		}
	}

	@Test
	void withoutTheSettingAndWithoutAnAdminTheLogSaysHowToGetOne() {
		assertThat(logWithoutTheSetting).contains(HOW_TO_GET_AN_ADMIN)
			.contains("set ICON_ADMIN_EMAIL")
			.doesNotContain("First admin:");
	}

	@Test
	void anAccountThatExistsForTheAddressKeepsItsRolesAndPasswordAndGetsAdminAndTheLink(CapturedOutput output) {
		String email = "applicant-" + TestData.unique() + "@example.org";
		unconfigured.getBean(AccountService.class)
			.create(email, TestData.PASSWORD, "Ann Peeters", Locale.ENGLISH, Set.of(Role.APPLICANT));

		int before = output.getAll().length();
		unconfigured.getBean(FirstAdmin.class).appoint(email.toUpperCase(Locale.ROOT));

		PortalUser promoted = unconfigured.getBean(PortalUserRepository.class).findByEmail(email).orElseThrow();
		assertThat(promoted.getRoles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.ADMIN);
		assertThat(unconfigured.getBean(PasswordEncoder.class).matches(TestData.PASSWORD, promoted.getPasswordHash()))
			.isTrue();
		assertThat(unconfigured.getBean(JdbcClient.class)
			.sql("select actor || ' ' || action || ' ' || details from audit_entries where subject_id = ?")
			.param(email)
			.query(String.class)
			.list()).containsExactly("system ROLES_CHANGED [APPLICANT] -> [APPLICANT, ADMIN]");
		String loggedLink = loggedLink(output.getAll().substring(before), email);
		Matcher mailedLink = MAILED_LINK.matcher(Mailbox.text(mailbox.awaitMessageTo(email)));
		assertThat(mailedLink.find()).isTrue();
		assertThat(mailedLink.group()).isEqualTo(loggedLink);
	}

	private static Map<String, Object> settings(FreshDatabase database) {
		Map<String, Object> settings = database.properties();
		settings.put("server.port", 0);
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", smtp.getSmtp().getPort());
		settings.put("spring.docker.compose.enabled", false);
		settings.put("icon.rate-limits.per-address", 100000);
		settings.put("icon.rate-limits.per-email", 100000);
		settings.put("icon.base-url", BASE_URL);
		return settings;
	}

	/** Started with its settings as command-line arguments, which win over application.properties. */
	private static ConfigurableApplicationContext start(Map<String, Object> settings) {
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PortalApplication.class).run(arguments);
	}

	private static Connection connect(TestDatabase.Connection database) throws SQLException {
		return database.username() == null ? DriverManager.getConnection(database.url())
				: DriverManager.getConnection(database.url(), database.username(), database.password());
	}

	/** Until this many sessions wait for the lock of {@link FirstAdmin}; the instances migrate the database first. */
	private static void awaitWaitingForTheLock(Connection database, int sessions) throws SQLException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
		String waiting = "select count(*) from pg_locks where locktype = 'advisory' and not granted and objid = "
				+ (FirstAdmin.LOCK & 0xFFFF_FFFFL) + " and classid = " + (FirstAdmin.LOCK >>> 32);
		while (true) {
			try (Statement statement = database.createStatement(); ResultSet count = statement.executeQuery(waiting)) {
				count.next();
				if (count.getInt(1) >= sessions) {
					return;
				}
			}
			assertThat(Instant.now()).as("both instances wait for the lock within 90 s").isBefore(giveUp);
			// Looks again every 50 ms: the instances are starting on the same few cores.
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	/** The link of the line {@code First admin: <link> (for <email>; ...)}. */
	private static String loggedLink(String log, String email) {
		Matcher link = Pattern.compile("First admin: (" + Pattern.quote(BASE_URL)
				+ "/password/reset\\?token=[A-Za-z0-9_-]+) \\(for " + Pattern.quote(email) + ";").matcher(log);
		assertThat(link.find()).as("a line 'First admin: <link>' in the log").isTrue();
		return link.group(1);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static HttpResponse<String> post(HttpClient browser, URI url, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(url)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
		return csrf.group(1);
	}

	private static URI url(ConfigurableApplicationContext instance, String pathAndQuery) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + pathAndQuery);
	}
}
