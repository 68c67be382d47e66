package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * Over real HTTP, through Tomcat and its error dispatch: the API answers a stranger with a problem body, and a page
 * number that is not a number shows the portal's 400 page, not a 500.
 */
@PortalBrowserTest
class ApiAndPagesOverHttpIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aStrangerAskingTheApiGetsAProblemBodyNotTheSignInPage() throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/api/v1/proposals/1/eligibility"))
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Location")).isEmpty();
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":401", "\"title\":\"Not signed in\"", "\"type\":\"about:blank\"");
	}

	@Test
	void aPageNumberThatIsNotANumberShowsThe400Page() throws Exception {
		String session = signIn(data.user(Role.STAFF));
		for (String page : new String[] { "abc", "2147483648", "2147483647", "-1" }) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/staff/organisations?page=" + page))
				.header("Cookie", session)
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("page=" + page).isEqualTo(400);
			assertThat(answer.body()).as("page=" + page)
				.contains("This address asks for something the page cannot show");
		}
	}

	/** Signs in from the form, as a browser would; answers the session cookie. */
	private String signIn(PortalUser person) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(url("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
		String body = "username=" + URLEncoder.encode(person.getEmail(), StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url("/login"))
			.header("Cookie", sessionCookie(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return sessionCookie(answer);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
