package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class AssetLinksIntegrationTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void aPageLinksItsOwnStaticFilesByTheHashOfTheirContentAndEachLinkServesTheFile() throws Exception {
		List<String> links = assetLinks(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());

		assertThat(links).anyMatch(link -> link.matches("/assets/css/portal-[0-9a-f]{32}\\.css"))
			.anyMatch(link -> link.matches("/assets/js/portal-[0-9a-f]{32}\\.js"))
			.anyMatch(link -> link.startsWith("/webjars/bootstrap/") && link.endsWith(".css"))
			.hasSizeGreaterThanOrEqualTo(5);
		for (String link : links) {
			mvc.perform(get(link)).andExpect(status().isOk());
		}
	}

	@Test
	void aSignedInPageLinksTheSameFilesAndItsOtherLinksStayAsWritten() throws Exception {
		var applicant = userDetails.loadUserByUsername(data.user(Role.APPLICANT).getEmail());
		String page = mvc.perform(get("/proposals").with(user(applicant))).andReturn().getResponse().getContentAsString();

		assertThat(assetLinks(page)).containsExactlyElementsOf(
				assetLinks(mvc.perform(get("/")).andReturn().getResponse().getContentAsString()));
		assertThat(page).contains("href=\"/calls\"", "href=\"/info-sessions\"", "action=\"/logout\"");
	}

	private static List<String> assetLinks(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}
}
