package health.flanders.portal.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.PortalPages;

/**
 * The headers that keep pages and files from being framed, sniffed, run inline script, leak their address or be kept
 * by a cache, on every page of every role and of the public (error pages included) and on every download.
 */
@PortalIntegrationTest
@Import(PortalPages.class)
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalPages pages;

	@Test
	void everyPageForbidsInlineScriptFramingAndSniffingAndSignedInPagesAreNeverStored() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (PortalPages.Page page : pages.all()) {
			MockHttpServletResponse response = pages.open(mvc, page, "en");
			softly.assertThat(response.getContentType()).as(page + " Content-Type").startsWith("text/html");
			assertProtected(softly, page, response);
		}
		softly.assertAll();
	}

	@Test
	void everyDownloadIsAnAttachmentWithTheSameProtection() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (PortalPages.Page download : pages.downloads()) {
			MockHttpServletResponse response = pages.open(mvc, download, "en");
			softly.assertThat(response.getStatus()).as(download + " status").isEqualTo(200);
			softly.assertThat(response.getHeader("Content-Disposition")).as(download + " Content-Disposition")
				.startsWith("attachment;")
				.contains("filename=");
			assertProtected(softly, download, response);
		}
		softly.assertAll();
	}

	@Test
	void hstsIsSentOnlyOverTls() throws Exception {
		mvc.perform(get("/").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static void assertProtected(SoftAssertions softly, PortalPages.Page page, MockHttpServletResponse response) {
		softly.assertThat(response.getHeader("Content-Security-Policy")).as(page + " Content-Security-Policy")
			.contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval");
		softly.assertThat(response.getHeaders("X-Content-Type-Options")).as(page + " X-Content-Type-Options")
			.containsExactly("nosniff");
		softly.assertThat(response.getHeader("X-Frame-Options")).as(page + " X-Frame-Options").isEqualTo("DENY");
		softly.assertThat(response.getHeader("Referrer-Policy")).as(page + " Referrer-Policy")
			.isEqualTo("strict-origin-when-cross-origin");
		if (page.viewer() != null) {
			softly.assertThat(response.getHeader("Cache-Control")).as(page + " Cache-Control").contains("no-store");
		}
	}
}
