package health.flanders.portal.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.security.EveryUrlAccessIntegrationTests;
import health.flanders.portal.web.support.FreshDatabase;
import health.flanders.portal.web.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits on public POSTs over real HTTP, on two portal instances that share one database of their own, as behind
 * a load balancer: 3 POSTs per client address and 2 per e-mail address an hour. The first instance takes
 * X-Forwarded-For from loopback (the default: a proxy on the same machine), so a test can speak for any client; the
 * second trusts no proxy that connects here, so a forwarded address it receives is forged.
 */
class PublicPostLimitsIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static GreenMail smtp;

	static FreshDatabase database;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.build();

	@BeforeAll
	static void startTwoInstances() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		database = FreshDatabase.create();
		Map<String, Object> settings = database.properties();
		settings.put("server.port", 0);
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", smtp.getSmtp().getPort());
		settings.put("spring.docker.compose.enabled", false);
		settings.put("icon.rate-limits.per-address", 3);
		settings.put("icon.rate-limits.per-email", 2);
		settings.put("icon.rate-limits.window", "PT1H");
		first = start(settings);
		// A proxy address that never connects: the loopback clients of these tests are not trusted.
		settings.put("icon.trusted-proxies", "192\\.0\\.2\\.255");
		second = start(settings);
	}

	/** Started with its settings as command-line arguments, which win over application.properties. */
	private static ConfigurableApplicationContext start(Map<String, Object> settings) {
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
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
		if (database != null) {
			database.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	/** The database is these instances' own: each test starts with every bucket full. */
	@BeforeEach
	void everyBucketFull() {
		jdbc().sql("delete from rate_limit_buckets").update();
	}

	@Test
	void anAddressOverItsLimitGetsThe429PageInItsLanguage() throws Exception {
		String csrf = csrf(first);
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> sent = post(first, "/password/forgot",
					Map.of("email", "forgot-" + TestData.unique() + "@example.org", "_csrf", csrf), "X-Forwarded-For",
					"203.0.113.10", "Accept-Language", "nl");
			assertThat(sent.statusCode()).isEqualTo(200);
			assertThat(sent.body()).contains("een e-mail met een link");
		}

		HttpResponse<String> refused = post(first, "/password/forgot",
				Map.of("email", "forgot-" + TestData.unique() + "@example.org", "_csrf", csrf), "X-Forwarded-For",
				"203.0.113.10", "Accept-Language", "nl");

		assertThat(refused.statusCode()).isEqualTo(429);
		// A token every 20 minutes (3 an hour), so at most that long to wait.
		assertThat(retryAfter(refused)).isBetween(1L, 1200L);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(refused.body()).containsPattern("<html[^>]* lang=\"nl\"")
			.contains("Dit formulier werd te vaak verstuurd")
			.contains("Ga terug en verstuur het opnieuw over 20 minuten.")
			.doesNotContain("een e-mail met een link");
		// Another client behind the same trusted proxy has a bucket of its own.
		assertThat(post(first, "/password/forgot",
				Map.of("email", "forgot-" + TestData.unique() + "@example.org", "_csrf", csrf), "X-Forwarded-For",
				"203.0.113.11").statusCode()).isEqualTo(200);
	}

	@Test
	void anEmailAddressOverItsLimitIsRefusedFromEveryAddressAndOnEveryForm() throws Exception {
		String email = "limited-" + TestData.unique() + "@example.org";
		String csrf = csrf(first);
		assertThat(post(first, "/password/forgot", Map.of("email", email, "_csrf", csrf), "X-Forwarded-For",
				"203.0.113.20").statusCode()).isEqualTo(200);
		assertThat(post(first, "/password/forgot", Map.of("email", email.toUpperCase(), "_csrf", csrf),
				"X-Forwarded-For", "203.0.113.21").statusCode()).isEqualTo(200);

		HttpResponse<String> again = post(first, "/password/forgot", Map.of("email", email, "_csrf", csrf),
				"X-Forwarded-For", "203.0.113.22");
		HttpResponse<String> signIn = post(first, "/login",
				Map.of("username", email, "password", "whatever-it-is", "_csrf", csrf), "X-Forwarded-For",
				"203.0.113.23");

		assertThat(again.statusCode()).isEqualTo(429);
		// A token every 30 minutes (2 an hour).
		assertThat(retryAfter(again)).isBetween(1L, 1800L);
		assertThat(again.body()).contains("This form was sent too often").containsPattern("<html[^>]* lang=\"en\"");
		assertThat(signIn.statusCode()).isEqualTo(429);
		assertThat(signIn.body()).contains("This form was sent too often");
		// The other e-mail addresses of the same client go on.
		assertThat(post(first, "/password/forgot",
				Map.of("email", "other-" + TestData.unique() + "@example.org", "_csrf", csrf), "X-Forwarded-For",
				"203.0.113.22").statusCode()).isEqualTo(200);
	}

	/** People who sign in often are not shut out: only failed sign-ins take from the buckets. */
	@Test
	void onlyFailedSignInsCount() throws Exception {
		String email = "often-" + TestData.unique() + "@example.org";
		first.getBean(PortalUserRepository.class)
			.save(new PortalUser(email, first.getBean(PasswordEncoder.class).encode(TestData.PASSWORD), "Often In",
					Locale.ENGLISH, Set.of(Role.APPLICANT), Clock.systemUTC()));
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> signedIn = signIn(email, TestData.PASSWORD, "203.0.113.40");
			assertThat(signedIn.statusCode()).as("sign-in %d", i + 1).isEqualTo(302);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		}

		assertThat(signIn(email, "not-the-password", "203.0.113.40").headers().firstValue("Location").orElseThrow())
			.contains("/login?error");
		assertThat(signIn(email, "not-the-password", "203.0.113.41").statusCode()).isEqualTo(302);
		assertThat(signIn(email, TestData.PASSWORD, "203.0.113.42").statusCode()).isEqualTo(429);
	}

	/** A sign-in in a browser of its own: the sign-in page for its CSRF token, then the form. */
	private HttpResponse<String> signIn(String email, String password, String address) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
		String page = browser.send(HttpRequest.newBuilder(url(first, "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		return browser.send(HttpRequest.newBuilder(url(first, "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theApiAnswersAProblemBodyInTheReadersLanguagePerAddressAndPerEmail() throws Exception {
		long session = session();
		String path = "/api/v1/info-sessions/" + session + "/registrations";
		for (int i = 0; i < 3; i++) {
			assertThat(postJson(first, path, registration("api-" + TestData.unique() + "@example.org"),
					"X-Forwarded-For", "203.0.113.30").statusCode()).isEqualTo(201);
		}
		HttpResponse<String> overAddress = postJson(first, path, registration("api-" + TestData.unique() + "@example.org"),
				"X-Forwarded-For", "203.0.113.30", "Accept-Language", "nl");

		assertThat(overAddress.statusCode()).isEqualTo(429);
		assertThat(retryAfter(overAddress)).isBetween(1L, 1200L);
		assertThat(overAddress.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		JsonNode problem = json(overAddress);
		assertThat(problem.get("type").asString()).isEqualTo("about:blank");
		assertThat(problem.get("title").asString()).isEqualTo("Te veel verzoeken");
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).isEqualTo(
				"Te veel verzoeken vanaf dit adres of met dit e-mailadres. Stuur het verzoek opnieuw over "
						+ retryAfter(overAddress) + " seconden.");
		assertThat(problem.get("instance").asString()).isEqualTo(path);

		String email = "Api-Limited-" + TestData.unique() + "@Example.org";
		assertThat(postJson(first, path, registration(email), "X-Forwarded-For", "203.0.113.31").statusCode())
			.isEqualTo(201);
		// The same address again: its registration, taking a token too.
		assertThat(postJson(first, path, registration(email.toLowerCase()), "X-Forwarded-For", "203.0.113.32")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> overEmail = postJson(first, path, registration(email), "X-Forwarded-For", "203.0.113.33");

		assertThat(overEmail.statusCode()).isEqualTo(429);
		assertThat(retryAfter(overEmail)).isBetween(1L, 1800L);
		assertThat(json(overEmail).get("title").asString()).isEqualTo("Too many requests");
		assertThat(json(overEmail).get("detail").asString()).startsWith("Too many requests from this address");
		assertThat(jdbc().sql("select count(*) from info_session_registrations where session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void bothInstancesDrawFromTheSameBucket() throws Exception {
		String csrf = csrf(first);
		assertThat(forgot(first, csrf).statusCode()).isEqualTo(200);
		assertThat(forgot(second, csrf).statusCode()).isEqualTo(200);
		assertThat(forgot(first, csrf).statusCode()).isEqualTo(200);

		assertThat(forgot(second, csrf).statusCode()).isEqualTo(429);
		assertThat(forgot(first, csrf).statusCode()).isEqualTo(429);
	}

	@Test
	void aForgedForwardedForFromAnUntrustedClientGetsNoFreshBucket() throws Exception {
		String csrf = csrf(second);
		for (int i = 0; i < 3; i++) {
			assertThat(forgot(second, csrf, "X-Forwarded-For", "198.51.100." + i).statusCode()).isEqualTo(200);
		}

		assertThat(forgot(second, csrf, "X-Forwarded-For", "198.51.100.99").statusCode()).isEqualTo(429);
		assertThat(forgot(second, csrf, "X-Forwarded-For", "198.51.100.99, 198.51.100.98").statusCode())
			.isEqualTo(429);
		// The same header from a trusted proxy names the client.
		assertThat(forgot(first, csrf, "X-Forwarded-For", "198.51.100.99").statusCode()).isEqualTo(200);
	}

	@Test
	void anIpv6ClientIsCountedByItsSlash64Network() throws Exception {
		String csrf = csrf(first);
		for (String address : List.of("2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2:ffff:ffff:ffff:3")) {
			assertThat(forgot(first, csrf, "X-Forwarded-For", address).statusCode()).isEqualTo(200);
		}

		assertThat(forgot(first, csrf, "X-Forwarded-For", "2001:db8:1:2::4").statusCode()).isEqualTo(429);
		assertThat(forgot(first, csrf, "X-Forwarded-For", "2001:db8:1:3::1").statusCode()).isEqualTo(200);
	}

	/** Every POST the access rules leave open to the public, and sign-in, from a client of its own each. */
	@Test
	void everyPublicPostIsLimited() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/login"));
		EveryUrlAccessIntegrationTests.RULES.forEach((endpoint, access) -> {
			if (access == EveryUrlAccessIntegrationTests.Access.PUBLIC && endpoint.startsWith("POST ")
					&& !endpoint.endsWith(" /error")) {
				paths.add(endpoint.substring("POST ".length()).replaceAll("\\{[^}]+}", "987654321"));
			}
		});
		assertThat(paths).hasSizeGreaterThanOrEqualTo(10);
		String csrf = csrf(first);
		SoftAssertions softly = new SoftAssertions();
		int client = 0;
		for (String path : paths) {
			String address = "192.0.2." + ++client;
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> allowed = path.startsWith("/api/")
						? postJson(first, path, "{}", "X-Forwarded-For", address)
						: post(first, path, Map.of("_csrf", csrf), "X-Forwarded-For", address);
				softly.assertThat(allowed.statusCode()).as("%s, request %d", path, i + 1).isNotEqualTo(429);
			}
			HttpResponse<String> refused = path.startsWith("/api/")
					? postJson(first, path, "{}", "X-Forwarded-For", address)
					: post(first, path, Map.of("_csrf", csrf), "X-Forwarded-For", address);
			softly.assertThat(refused.statusCode()).as(path).isEqualTo(429);
			softly.assertThat(refused.headers().firstValue("Retry-After")).as(path).isPresent();
		}
		softly.assertAll();
	}

	@Test
	void requestsAtTheSameMomentOnBothInstancesTakeNoMoreTokensThanTheBucketHolds() throws Exception {
		String key = "address:concurrent-" + TestData.unique();
		List<TokenBuckets> instances = List.of(first.getBean(TokenBuckets.class), second.getBean(TokenBuckets.class));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Optional<Duration>>> takes = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				TokenBuckets buckets = instances.get(i % 2);
				takes.add(threads.submit(() -> buckets.take(key, 5)));
			}
			int granted = 0;
			for (Future<Optional<Duration>> take : takes) {
				granted += take.get().isEmpty() ? 1 : 0;
			}
			assertThat(granted).isEqualTo(5);
		}
		finally {
			threads.shutdown();
		}
	}

	@Test
	void bucketsUntouchedForAWholeWindowAreForgotten() {
		Instant now = Instant.now();
		jdbc().sql("""
				insert into rate_limit_buckets (key_hash, tokens, refilled_at, granted)
				values (repeat('a', 64), 0, ?, false), (repeat('b', 64), 0, ?, false)""")
			.params(now.minus(Duration.ofMinutes(61)).atOffset(ZoneOffset.UTC),
					now.minus(Duration.ofMinutes(59)).atOffset(ZoneOffset.UTC))
			.update();

		first.getBean(TokenBuckets.class).forgetFullBuckets();

		assertThat(jdbc().sql("select key_hash from rate_limit_buckets").query(String.class).list())
			.containsExactly("b".repeat(64));
	}

	private HttpResponse<String> forgot(ConfigurableApplicationContext instance, String csrf, String... headers)
			throws Exception {
		return post(instance, "/password/forgot",
				Map.of("email", "forgot-" + TestData.unique() + "@example.org", "_csrf", csrf), headers);
	}

	private String csrf(ConfigurableApplicationContext instance) throws Exception {
		String page = http.send(HttpRequest.newBuilder(url(instance, "/password/forgot")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form,
			String... headers) throws Exception {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(url(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postJson(ConfigurableApplicationContext instance, String path, String json,
			String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(url(instance, path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String registration(String email) {
		return """
				{"name": "Ann Peeters", "email": "%s", "organisation": "Acme NV", "consent": true}""".formatted(email);
	}

	private long session() {
		Instant startsAt = Instant.now().plus(Duration.ofDays(14));
		return first.getBean(InfoSessionRepository.class)
			.save(new InfoSession(null, "Limited " + TestData.unique(), startsAt, startsAt.plus(Duration.ofHours(1)),
					SessionFormat.ONLINE, null, null, "https://webinar.example.org/limited", 100, Clock.systemUTC()))
			.getId();
	}

	private static long retryAfter(HttpResponse<?> response) {
		return Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return first.getBean(JsonMapper.class).readTree(response.body());
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	/** 127.0.0.1, not localhost: both instances must see the same client address. */
	private static URI url(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
