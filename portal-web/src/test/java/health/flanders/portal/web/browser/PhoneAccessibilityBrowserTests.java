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
 * axe-core on every page of every role on a phone (390 px), in Dutch: no violation of impact serious or critical, and
 * no page redirected elsewhere. ({@link AccessibilityBrowserTests} runs it at desktop width, in English.)
 */
@PortalBrowserTest
@Import(PortalPages.class)
class PhoneAccessibilityBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PortalPages pages;

	@Test
	void noPageHasASeriousOrCriticalAccessibilityProblemOnAPhoneInDutch() {
		assertThat(Axe.problemsAt(390, 844, "nl", browser, port, pages))
			.as("serious or critical accessibility problems")
			.isEmpty();
	}

}
