package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import health.flanders.portal.web.support.PortalBrowserTest;

/**
 * Invalid UTF-8 (the bytes 0xC3 0x28) and NUL characters over real HTTP, where Tomcat decodes the query string and the
 * form: a page or problem body of the portal with a 4xx, never a 500 and never Tomcat's own error page.
 * {@code BadInputIntegrationTests} sends the same to every URL through MockMvc.
 */
@PortalBrowserTest
class BadInputOverHttpIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void invalidUtf8OrANulInTheQueryStringIsRefusedByThePortal() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String target : new String[] { "/calls?page=%C3%28", "/calls?page=1&q=%C3%28", "/calls?page=%00",
				"/info-sessions?x=%C3%28", "/api/v1/calls?page=%C3%28", "/api/v1/calls?x=%00",
				"/funding-programmes?country=%C3%28" }) {
			HttpResponse<String> response = get(target);
			softly.assertThat(response.statusCode()).as(target).isLessThan(500);
			softly.assertThat(response.body()).as(target).doesNotContain("Apache Tomcat");
		}
		softly.assertAll();
	}

	@Test
	void rawInvalidUtf8BytesInTheQueryStringOrPathAreRefusedByThePortal() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String target : new String[] { "/calls?page=\u00C3(", "/calls?q=\u00C3(", "/calls/\u00C3(",
				"/api/v1/calls/\u00C3(", "/calls/%C3%28", "/calls/%00" }) {
			String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n", new byte[0]);
			int status = Integer.parseInt(answer.substring(9, 12));
			softly.assertThat(status).as(target).isBetween(200, 499);
		}
		softly.assertAll();
	}

	@Test
	void invalidUtf8OrANulInAFormIsRefusedByThePortal() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		byte[] invalid = { 'n', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28, '&', 'e', 'm', 'a', 'i', 'l', '=',
				(byte) 0xC3, (byte) 0x28, '%', '0', '0', '&', 'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '=', 'a', '%',
				'0', '0', '&', 'p', 'a', 's', 's', 'w', 'o', 'r', 'd', '=', (byte) 0xC3, (byte) 0x28 };
		for (String path : new String[] { "/register", "/login", "/password/forgot", "/connect/listing",
				"/funding-programmes/suggest" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(invalid))
				.build(), HttpResponse.BodyHandlers.ofString());
			softly.assertThat(response.statusCode()).as(path).isLessThan(500);
			softly.assertThat(response.body()).as(path).doesNotContain("Apache Tomcat");
		}
		softly.assertAll();
	}

	private HttpResponse<String> get(String target) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + target))
			.header("Accept", target.startsWith("/api/") ? "application/json" : "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A request written byte by byte (ISO-8859-1 for the head), for what no HTTP client lets through. */
	private String raw(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.ISO_8859_1));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.ISO_8859_1);
		}
	}
}
