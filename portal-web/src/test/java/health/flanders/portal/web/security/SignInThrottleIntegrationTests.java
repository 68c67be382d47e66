package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

/**
 * The sign-in throttle through MockMvc. That a forged {@code X-Forwarded-For} changes nothing needs the real server
 * (MockMvc never reads the header): see {@link SignInThrottleOverHttpIntegrationTests}.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void afterFiveFailuresEvenTheRightPasswordIsRefusedWithAClearMessage() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(applicant.getEmail()).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		MvcResult refused = mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?blocked"))
			.andReturn();

		Cookie session = refused.getResponse().getCookie("SESSION");
		mvc.perform(get("/login").queryParam("blocked", "").cookie(session))
			.andExpect(content().string(containsString("Too many failed sign-ins for this account")))
			.andExpect(content().string(containsString("(Brussels time)")));
	}

	@Test
	void theRightPasswordWorksAgainOnceTheFifteenMinutesAreOver() throws Exception {
		Instant failedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.setInstant(failedAt);
		PortalUser applicant = data.user(Role.APPLICANT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(applicant.getEmail()).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?blocked"));

		clock.setInstant(failedAt.plus(Duration.ofMinutes(15)).minusSeconds(1));
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?blocked"));

		clock.setInstant(failedAt.plus(Duration.ofMinutes(15)));
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void anUnknownAddressIsThrottledLikeAnyOther() throws Exception {
		String nobody = "nobody-" + TestData.unique() + "@example.org";
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(nobody).password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(nobody).password("guess-5")).andExpect(redirectedUrl("/login?blocked"));
	}

	@Test
	void oldFailuresAreForgottenByOneInstanceAtATime() {
		String email = "forgotten-" + TestData.unique() + "@example.org";
		jdbc.sql("insert into sign_in_failures (email, failed_at) values (?, ?)")
			.params(email, clock.instant().minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
			.update();
		ShedLocks.heldByAnotherInstance(jdbc, "sign-in-failures-forget");

		throttle.forgetOldFailures();
		assertThat(failuresOf(email)).as("while another instance holds the lock").isOne();

		ShedLocks.released(jdbc, "sign-in-failures-forget");
		throttle.forgetOldFailures();
		assertThat(failuresOf(email)).isZero();
		assertThat(ShedLocks.takenByThisInstance(jdbc, "sign-in-failures-forget")).isTrue();
	}

	private long failuresOf(String email) {
		return jdbc.sql("select count(*) from sign_in_failures where email = ?").param(email).query(Long.class).single();
	}

	@Test
	void aRightPasswordClearsEarlierFailures() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(reviewer.getEmail()).password("wrong-password-" + i));
		}
		mvc.perform(formLogin("/login").user(reviewer.getEmail()).password(TestData.PASSWORD))
			.andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(reviewer.getEmail()).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user(reviewer.getEmail()).password(TestData.PASSWORD))
			.andExpect(authenticated());
	}
}
