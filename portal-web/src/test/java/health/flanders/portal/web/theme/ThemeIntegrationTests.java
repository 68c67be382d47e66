package health.flanders.portal.web.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.web.support.PortalIntegrationTest;

/**
 * Every page links the operator's stylesheet and shows its logo beside the portal's name; both are public, typed by
 * their content, kept by browsers for a year under a link that changes with their content.
 */
@PortalIntegrationTest
class ThemeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OperatorTheme theme;

	@Test
	void everyPageLinksTheStylesheetAndShowsTheLogoWithTheOperatorsName() throws Exception {
		for (String page : new String[] { "/", "/calls", "/login" }) {
			String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
			assertThat(html).as(page)
				.containsPattern("<link rel=\"stylesheet\" href=\"/theme\\.css\\?v=[0-9a-f]{12}\">")
				.containsPattern("<img class=\"navbar-logo\" src=\"/theme/logo\\?v=[0-9a-f]{12}\" alt=\"Flanders.health\">");
		}
	}

	@Test
	void theStylesheetIsServedAsCssForAYearWithTheOperatorsColours() throws Exception {
		MockHttpServletResponse response = mvc.perform(get(theme.getStylesheetPath())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/css;charset=UTF-8");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getContentAsString()).contains("--bs-primary: #0b5e6b;", "--bs-link-color: #a3195b;");
	}

	@Test
	void theLogoIsServedAsSvgForAYear() throws Exception {
		MockHttpServletResponse response = mvc.perform(get(theme.getLogoPath())).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("image/svg+xml");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getContentAsString()).contains("<svg", "Flanders.health");
	}

	@Test
	void bothAreServedAtTheirFixedAddressesWithoutTheHashToo() throws Exception {
		assertThat(mvc.perform(get("/theme.css")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/theme/logo")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}
}
