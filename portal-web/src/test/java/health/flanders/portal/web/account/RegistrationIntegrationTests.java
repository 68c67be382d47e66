package health.flanders.portal.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class RegistrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	TestData data;

	@Autowired
	Mailbox mailbox;

	@Test
	void aNewApplicantIsSavedWithAHashedPasswordAndSentToSignIn() throws Exception {
		String email = "New.Applicant-" + TestData.unique() + "@Example.org";
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Nora Nieuw")
			.param("email", email)
			.param("password", TestData.PASSWORD)
			.param("confirmPassword", TestData.PASSWORD)
			.param("language", "nl")).andExpect(status().isFound()).andExpect(redirectedUrl("/login?registered"));

		PortalUser saved = users.findByEmail(PortalUser.normaliseEmail(email)).orElseThrow();
		assertThat(saved.getRoles()).containsExactly(Role.APPLICANT);
		assertThat(saved.getLocale().getLanguage()).isEqualTo("nl");
		assertThat(saved.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(TestData.PASSWORD);
		assertThat(passwordEncoder.matches(TestData.PASSWORD, saved.getPasswordHash())).isTrue();

		MimeMessage welcome = mailbox.awaitMessageTo(saved.getEmail());
		assertThat(welcome.getSubject()).isEqualTo("Welkom op het ICON-portaal");
		assertThat(Mailbox.text(welcome)).contains("Beste Nora Nieuw,").contains("/calls");
	}

	@Test
	void badInputIsExplainedNextToEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long before = users.count();
		String email = "not-an-address-" + TestData.unique();
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Kept Name")
			.param("email", email)
			.param("password", "short")
			.param("confirmPassword", "different")
			.param("language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(containsString("Please enter a valid e-mail address")))
			.andExpect(content().string(containsString("Choose a password of at least 12 characters")))
			.andExpect(content().string(containsString("The two passwords are not the same.")))
			.andExpect(content().string(containsString("value=\"Kept Name\"")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		assertThat(users.count()).isEqualTo(before);
		assertThat(mailbox.messagesTo(email)).isEmpty();
	}

	@Test
	void anAddressWithAnAccountIsRefusedWhateverItsCase() throws Exception {
		PortalUser existing = data.user(Role.APPLICANT);
		long before = users.count();
		mvc.perform(post("/register").with(csrf())
			.param("fullName", "Second Try")
			.param("email", existing.getEmail().toUpperCase())
			.param("password", TestData.PASSWORD)
			.param("confirmPassword", TestData.PASSWORD)
			.param("language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account exists already for this e-mail address.")));
		assertThat(users.count()).isEqualTo(before);
	}
}
