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
 * The sign-in throttle over real HTTP, where Tomcat (forward headers "native") takes the client address from
 * {@code X-Forwarded-For} when the request comes from a local proxy, as the test's requests do: an attacker who sends
 * a new address with each guess still meets the count of the account.
 */
@PortalBrowserTest
class SignInThrottleOverHttpIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aForgedForwardedForAddressOnEachAttemptDoesNotResetTheCount() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(staff.getEmail(), "wrong-password-" + i, "203.0.113." + i)).endsWith("/login?error");
		}
		assertThat(signIn(staff.getEmail(), TestData.PASSWORD, "198.51.100.77")).endsWith("/login?blocked");
	}

	/** Signs in from the form, as a browser would, from this forwarded address; answers where the portal redirects. */
	private String signIn(String email, String password, String forwardedFor) throws Exception {
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(loginPage())
			.header("X-Forwarded-For", forwardedFor)
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(loginPage())
			.header("X-Forwarded-For", forwardedFor)
			.header("Cookie", sessionCookie(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		return answer.headers().firstValue("Location").orElseThrow();
	}

	private static String sessionCookie(HttpResponse<?> response) {
		String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return cookie.substring(0, cookie.indexOf(';'));
	}

	private URI loginPage() {
		return URI.create("http://localhost:" + port + "/login");
	}
}
