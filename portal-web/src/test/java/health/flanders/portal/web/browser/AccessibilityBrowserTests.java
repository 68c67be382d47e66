package health.flanders.portal.web.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * axe-core on every page of every role, at desktop and at phone width: no violation of impact serious or critical.
 * axe is the npm package's own {@code axe.min.js}, kept under test resources.
 */
@PortalBrowserTest
@Import(PortalPages.class)
class AccessibilityBrowserTests {

	private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	PortalPages pages;

	@Test
	void noPageHasASeriousOrCriticalAccessibilityProblem() {
		SoftAssertions softly = new SoftAssertions();
		for (int[] viewport : List.of(new int[] { 1280, 900 }, new int[] { 390, 844 })) {
			PortalUser signedIn = null;
			BrowserContext context = null;
			try {
				for (PortalPages.Page page : pages.all()) {
					if (context == null || page.viewer() != signedIn) {
						if (context != null) {
							context.close();
						}
						context = browser.newContextForInjectedScripts("http://localhost:" + port, viewport[0], viewport[1]);
						signedIn = page.viewer();
						if (signedIn != null) {
							signIn(context.newPage(), signedIn);
						}
					}
					if (page.after() != null) {
						post(context, "http://localhost:" + port, page.after());
					}
					Page tab = context.newPage();
					tab.navigate(page.path());
					softly.assertThat(tab.url()).as(page + " is not redirected").endsWith(page.path());
					softly.assertThat(seriousViolations(tab)).as(page + " at " + viewport[0] + " px").isEmpty();
					tab.close();
				}
			}
			finally {
				if (context != null) {
					context.close();
				}
			}
		}
		softly.assertAll();
	}

	private static void signIn(Page page, PortalUser person) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(person.getEmail());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL("**/");
		page.close();
	}

	/**
	 * Posts the form as its page would, with the CSRF token of that page, and leaves the redirect to follow: the flash
	 * attributes the confirmation shows wait in the session, which the browser's pages share.
	 */
	private static void post(BrowserContext context, String baseUrl, PortalPages.Form form) {
		Matcher csrf = CSRF.matcher(context.request().get(baseUrl + form.from()).text());
		if (!csrf.find()) {
			throw new IllegalStateException("No form on " + form.from());
		}
		FormData fields = FormData.create().set("_csrf", csrf.group(1));
		form.fields().forEach(fields::set);
		APIResponse answer = context.request()
			.post(baseUrl + form.action(), RequestOptions.create().setForm(fields).setMaxRedirects(0));
		if (answer.status() != 302) {
			throw new IllegalStateException(form.action() + " answered " + answer.status());
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> seriousViolations(Page page) {
		page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page
			.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
					+ ".map(v => ({ id: v.id, impact: v.impact, help: v.help,"
					+ " targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') }))");
		List<String> serious = new ArrayList<>();
		for (Map<String, Object> violation : violations) {
			Object impact = violation.get("impact");
			if ("serious".equals(impact) || "critical".equals(impact)) {
				serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at "
						+ violation.get("targets"));
			}
		}
		return serious;
	}
}
