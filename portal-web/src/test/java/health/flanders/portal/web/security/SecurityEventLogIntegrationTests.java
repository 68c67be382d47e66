package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** What the security log says about sign-ins, read from the console as an operator would. */
@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventLogIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aTryRefusedBecauseTheAccountIsThrottledIsLoggedToo(CapturedOutput output) throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(applicant.getEmail()).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?blocked"));

		assertThat(linesAbout(output, applicant.getEmail())).hasSize(6)
			.filteredOn(line -> line.endsWith("Failed sign-in for " + applicant.getEmail() + ": BadCredentialsException"))
			.hasSize(5);
		assertThat(linesAbout(output, applicant.getEmail()))
			.last()
			.satisfies(line -> assertThat(line).endsWith("Failed sign-in for " + applicant.getEmail() + ": ThrottledException"));
	}

	@Test
	void theLogHoldsNeitherPasswordsNorTheSessionCookie(CapturedOutput output) throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		String wrong = "wrong-" + TestData.unique();
		Cookie failed = mvc.perform(formLogin("/login").user(staff.getEmail()).password(wrong))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie signedIn = mvc.perform(formLogin("/login").user(staff.getEmail()).password(TestData.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");

		assertThat(linesAbout(output, staff.getEmail())).hasSize(2);
		assertThat(failed).isNotNull();
		assertThat(signedIn).isNotNull();
		assertThat(output.getAll()).doesNotContain(wrong, TestData.PASSWORD, failed.getValue(), sessionId(failed),
				signedIn.getValue(), sessionId(signedIn));
	}

	@Test
	void aLineBreakInTheNameTypedCannotStartANewLogLine(CapturedOutput output) throws Exception {
		String marker = "eve-" + TestData.unique() + "@example.org";
		String forged = "2026-11-23T09:00:00.000Z  INFO 1 --- [icon-portal] Sign-in of admin-" + marker;
		for (String lineBreak : List.of("\r\n", "\n", "\r", "\u0085", "\u2028", "\u2029")) {
			mvc.perform(formLogin("/login").user(marker + lineBreak + forged).password("guess"))
				.andExpect(redirectedUrl("/login?error"));
		}

		assertThat(output.getAll().lines().filter(line -> line.contains(forged)))
			.hasSize(6)
			.allSatisfy(line -> assertThat(line).contains("Failed sign-in for " + marker + "_"));
		assertThat(output.getAll()).doesNotContain("\u0085" + forged, "\u2028" + forged, "\u2029" + forged);
	}

	private static List<String> linesAbout(CapturedOutput output, String email) {
		return output.getAll().lines().filter(line -> line.contains("sign-in") || line.contains("Sign-in"))
			.filter(line -> line.contains(email))
			.toList();
	}

	/** Spring Session's cookie holds the session id in Base64. */
	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}
}
