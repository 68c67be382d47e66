package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/** The session cookie as a browser receives it over real HTTP, directly and behind a TLS-terminating proxy. */
@PortalBrowserTest
class SessionCookieIntegrationTests {

	@LocalServerPort
	int port;

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void theSessionCookieIsHttpOnlyAndLaxButNotSecureOverPlainHttp() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(loginPage()).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindATlsProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(loginPage()).header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax", "Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void signingInGivesANewSessionIdThatManyRequestsAtOnceCanShare() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(loginPage()).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(form);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(applicant.getEmail(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(loginPage())
			.header("Cookie", before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String after = sessionCookie(signedIn);
		assertThat(after).isNotEqualTo(before);

		// Tabs and htmx send requests of one session at once; each of them gets its page.
		List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			pages.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/proposals"))
				.header("Cookie", after)
				.build(), HttpResponse.BodyHandlers.ofString()));
		}
		assertThat(pages).allSatisfy(page -> assertThat(page.get().statusCode()).isEqualTo(200));
	}

	@Test
	void aSessionsLastAccessIsRecordedOnceAMinuteNotOnEveryRequest() throws Exception {
		String session = signIn(data.user(Role.APPLICANT));
		String id = new String(Base64.getDecoder().decode(session.substring("SESSION=".length())),
				StandardCharsets.US_ASCII);
		// The first page after signing in still saves the session: it holds a new CSRF token, and its last access.
		assertThat(page(session)).isEqualTo(200);
		long recorded = lastAccess(id);

		assertThat(page(session)).isEqualTo(200);
		assertThat(page(session)).isEqualTo(200);
		assertThat(lastAccess(id)).as("within the minute").isEqualTo(recorded);

		long twoMinutesEarlier = recorded - 120_000;
		jdbc.sql("update spring_session set last_access_time = ?, expiry_time = expiry_time - 120000 "
				+ "where session_id = ?").params(twoMinutesEarlier, id).update();
		assertThat(page(session)).isEqualTo(200);
		assertThat(lastAccess(id)).as("a minute later").isGreaterThanOrEqualTo(recorded);
		assertThat(jdbc.sql("select expiry_time - last_access_time from spring_session where session_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(Duration.ofMinutes(60).toMillis());
	}

	private long lastAccess(String sessionId) {
		return jdbc.sql("select last_access_time from spring_session where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.single();
	}

	private int page(String session) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/proposals"))
			.header("Cookie", session)
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String signIn(PortalUser user) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(loginPage()).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String body = "username=" + URLEncoder.encode(user.getEmail(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(loginPage())
			.header("Cookie", sessionCookie(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return sessionCookie(signedIn);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private URI loginPage() {
		return URI.create("http://localhost:" + port + "/login");
	}
}
