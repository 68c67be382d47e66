package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import health.flanders.portal.web.support.PortalBrowserTest;

/** Oversized form fields over real HTTP (Tomcat parses them): the portal's own page, never a 500. */
@PortalBrowserTest
class OversizedInputIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMultipartFieldOverTwoMegabytesGetsThePortals413Page() throws Exception {
		for (String path : new String[] { "/login", "/register" }) {
			String boundary = "----portal" + System.nanoTime();
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\n"
					+ "x".repeat(3 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(413);
			assertThat(response.body()).as(path).contains("ICON Portal").doesNotContain("Apache Tomcat");
		}
	}
}
