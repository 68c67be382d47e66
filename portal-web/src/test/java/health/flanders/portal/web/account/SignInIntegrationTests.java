package health.flanders.portal.web.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aPersonSignsInWithTheirEMailAddressInAnyCase() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(formLogin("/login").user(staff.getEmail().toUpperCase()).password(TestData.PASSWORD))
			.andExpect(authenticated().withRoles("STAFF"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordShowsOneMessageAndKeepsTheAddressAsTyped() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		MvcResult failed = mvc.perform(formLogin("/login").user(staff.getEmail()).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();

		// MockMvc drops a query parameter without a value, so "?error" is spelled out as "error=".
		Cookie session = failed.getResponse().getCookie("SESSION");
		mvc.perform(get("/login").queryParam("error", "").cookie(session))
			.andExpect(content().string(containsString("The e-mail address or the password is not right.")))
			.andExpect(content().string(containsString("value=\"" + staff.getEmail() + "\"")));
	}

	@Test
	void anUnknownAddressGetsTheSameMessageAsAWrongPassword() throws Exception {
		mvc.perform(formLogin("/login").user("nobody-" + TestData.unique() + "@example.org").password("whatever"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}
}
