package health.flanders.portal.web.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

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
	void aForgedForwardedForAddressDoesNotResetTheCount() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn(staff.getEmail(), "wrong-password-" + i).header("X-Forwarded-For", "203.0.113." + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(staff.getEmail(), TestData.PASSWORD).header("X-Forwarded-For", "198.51.100.77"))
			.andExpect(redirectedUrl("/login?blocked"));
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password) {
		return post("/login").with(csrf()).param("username", email).param("password", password);
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
