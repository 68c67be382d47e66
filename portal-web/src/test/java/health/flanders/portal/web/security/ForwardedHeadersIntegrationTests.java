package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import health.flanders.portal.web.support.PortalBrowserTest;

/**
 * Forwarded headers over real HTTP (Tomcat reads them, not the application): X-Forwarded-Host is taken from nobody,
 * so a request cannot send a person's sign-in, or any redirect, to another site.
 */
@PortalBrowserTest
class ForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aForwardedHostNeverBecomesTheHostOfARedirect() throws Exception {
		for (String path : new String[] { "/proposals", "/staff/calls", "/reviews" }) {
			HttpResponse<Void> response = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
						.header("X-Forwarded-Host", "evil.example")
						.header("X-Forwarded-Port", "443")
						.build(),
					HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			String location = response.headers().firstValue("Location").orElseThrow();
			assertThat(location).as(path).doesNotContain("evil.example").endsWith("/login");
			assertThat(URI.create("http://localhost:" + port + "/").resolve(location).getHost()).isEqualTo("localhost");
		}
	}
}
