package health.flanders.portal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * Every page of every role (and of a person with all roles) fits a phone's screen (390 px), in English and in Dutch.
 * One failure lists every page that does not fit, with the elements that stick out. ({@link DesktopWidthBrowserTests}
 * looks at a desktop window.)
 */
@PortalBrowserTest
@Import(PortalPages.class)
class PhoneWidthBrowserTests {

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
	void everyPageOfEveryRoleFitsAPhoneInEnglishAndDutch() {
		assertThat(ScreenFit.misfitsAt(390, 844, browser, port, pages, data, jdbc)).as("pages that do not fit the screen")
			.isEmpty();
	}

}
