package health.flanders.portal.web.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Every paged list answers 400 to a page number below zero, past the last page (up to {@link Integer#MAX_VALUE}, whose
 * offset overflows an {@code int}) or not a number with the portal's 400 page: never 500, never a problem body in JSON.
 */
@PortalIntegrationTest
class PageNumberIntegrationTests {

	/** Every paged list of the portal, and who may read it. */
	private static final Map<String, Role> PAGED_LISTS = Map.of("/staff/organisations", Role.STAFF,
			"/staff/organisations?q=gezondheid", Role.STAFF, "/admin/audit", Role.ADMIN, "/admin/audit?action=x",
			Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void theFirstPageAnswers() throws Exception {
		for (Map.Entry<String, Role> list : PAGED_LISTS.entrySet()) {
			for (String page : List.of("", "0")) {
				mvc.perform(get(withPage(list.getKey(), page)).with(as(list.getValue()))).andExpect(status().isOk());
			}
		}
	}

	@Test
	void aPageOutOfRangeOrNotANumberAnswers400() throws Exception {
		for (Map.Entry<String, Role> list : PAGED_LISTS.entrySet()) {
			for (String page : List.of("-1", "-2147483648", "1000000", "2147483647", "2147483648", "abc", "1.5",
					"9999999999999999999999", " ")) {
				mvc.perform(get(withPage(list.getKey(), page)).with(as(list.getValue())))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("This address asks for something the page cannot show")));
			}
		}
	}

	private static String withPage(String list, String page) {
		return list + (list.contains("?") ? "&" : "?") + "page=" + page;
	}

	private RequestPostProcessor as(Role role) {
		return user(userDetails.loadUserByUsername(data.user(role).getEmail()));
	}
}
