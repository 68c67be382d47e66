package health.flanders.portal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PageWalk;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * Every page of every role (and of a person with all roles) fits a desktop window, the navigation expanded on one line (1280 px), in English and in Dutch. One failure
 * lists every page that does not fit, with the elements that stick out. ({@link PhoneWidthBrowserTests} looks at a phone.)
 */
@PortalBrowserTest
@Import(PortalPages.class)
class DesktopWidthBrowserTests {

	private static final Logger LOG = LoggerFactory.getLogger(DesktopWidthBrowserTests.class);

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PortalPages pages;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageOfEveryRoleFitsADesktopWindowInEnglishAndDutch() {
		String baseUrl = "http://localhost:" + port;
		List<String> misfits = new ArrayList<>();
		for (String language : List.of("en", "nl")) {
			// Fresh pages for each language: some forms (a cancellation) can be sent only once.
			List<PortalPages.Page> all = ScreenFit.pagesOfEveryRole(pages, data, jdbc);
			misfits.addAll(new PageWalk(() -> browser.newContext(baseUrl, 1280, 900), baseUrl, language).problems(all,
					(tab, page) -> ScreenFit.misfits(tab, language)));
		}
		misfits.forEach(LOG::warn);
		assertThat(misfits).as("pages that do not fit the screen").isEmpty();
	}

}
