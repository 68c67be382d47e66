package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import health.flanders.portal.web.support.PortalBrowserTest;

/** The session cookie as a browser receives it over real HTTP, directly and behind a TLS-terminating proxy. */
@PortalBrowserTest
class SessionCookieIntegrationTests {

	@LocalServerPort
	int port;

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

	private URI loginPage() {
		return URI.create("http://localhost:" + port + "/login");
	}
}
