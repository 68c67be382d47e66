package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

	private static String sessionCookie(HttpResponse<?> response) {
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private URI loginPage() {
		return URI.create("http://localhost:" + port + "/login");
	}
}
