package health.flanders.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class PasswordResetIntegrationTests {

	private static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "violet-harbour-lantern-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndOnlyOnce() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		String token = requestLink(applicant.getEmail());

		mvc.perform(get("/password/reset").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New password")));
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/login?passwordChanged"));

		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(NEW_PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(unauthenticated());

		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", "another-new-password-77")
			.param("confirmPassword", "another-new-password-77"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it was used already, or it has expired")));
		mvc.perform(formLogin("/login").user(applicant.getEmail()).password(NEW_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anExpiredLinkSetsNothing() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		String token = requestLink(staff.getEmail());
		jdbc.sql("update password_reset_tokens set created_at = now() - interval '2 hours', "
				+ "expires_at = now() - interval '1 hour' where user_id = ?").param(staff.getId()).update();

		mvc.perform(get("/password/reset").param("token", token))
			.andExpect(content().string(containsString("it was used already, or it has expired")));
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD))
			.andExpect(content().string(containsString("it was used already, or it has expired")));
		mvc.perform(formLogin("/login").user(staff.getEmail()).password(TestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aLinkWorksFiftyNineMinutesAfterItWasSentAndIsRefusedAfterSixtyOne() throws Exception {
		Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.setInstant(sent);
		PortalUser inTime = data.user(Role.APPLICANT);
		PortalUser tooLate = data.user(Role.REVIEWER);
		String inTimeToken = requestLink(inTime.getEmail());
		String tooLateToken = requestLink(tooLate.getEmail());

		clock.setInstant(sent.plus(Duration.ofMinutes(59)));
		mvc.perform(get("/password/reset").param("token", inTimeToken))
			.andExpect(content().string(containsString("New password")));
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", inTimeToken)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD)).andExpect(redirectedUrl("/login?passwordChanged"));
		mvc.perform(formLogin("/login").user(inTime.getEmail()).password(NEW_PASSWORD)).andExpect(authenticated());

		clock.setInstant(sent.plus(Duration.ofMinutes(61)));
		mvc.perform(get("/password/reset").param("token", tooLateToken))
			.andExpect(content().string(containsString("it was used already, or it has expired")));
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", tooLateToken)
			.param("password", NEW_PASSWORD)
			.param("confirmPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it was used already, or it has expired")));
		mvc.perform(formLogin("/login").user(tooLate.getEmail()).password(TestData.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoEMail() throws Exception {
		String nobody = "nobody-" + TestData.unique() + "@example.org";
		mvc.perform(post("/password/forgot").with(csrf()).param("email", nobody))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If an account exists for this address")));
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ?").param(nobody).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCommonOrShortPasswordIsRefusedNextToTheField() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		String token = requestLink(applicant.getEmail());
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", "password1234")
			.param("confirmPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			.andExpect(content().string(containsString("one of the most common ones")));
		mvc.perform(get("/password/reset").param("token", token))
			.andExpect(content().string(containsString("New password")));
	}

	private String requestLink(String email) throws Exception {
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email.toUpperCase()))
			.andExpect(status().isOk());
		MimeMessage message = mailbox.awaitMessageTo(email);
		assertThat(message.getSubject()).isEqualTo("Choose a new password for the ICON Portal");
		Matcher link = LINK.matcher(Mailbox.text(message));
		assertThat(link.find()).as("a reset link in the e-mail").isTrue();
		return link.group(1);
	}
}
