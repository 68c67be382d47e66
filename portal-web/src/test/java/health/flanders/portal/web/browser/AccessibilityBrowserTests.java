package health.flanders.portal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.PortalPages;

/**
 * axe-core on every page of every role at desktop width (1280 px), in English: no violation of impact serious or
 * critical, and no page redirected elsewhere. ({@link PhoneAccessibilityBrowserTests} runs it on a phone, in Dutch.)
 */
@PortalBrowserTest
@Import(PortalPages.class)
class AccessibilityBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PortalPages pages;

	@Test
	void noPageHasASeriousOrCriticalAccessibilityProblemAtDesktopWidthInEnglish() {
		assertThat(Axe.problemsAt(1280, 900, "en", browser, port, pages))
			.as("serious or critical accessibility problems")
			.isEmpty();
	}

}
