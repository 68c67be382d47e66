package health.flanders.portal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * Every page of every role (and of a person with all roles) fits the screen, at desktop width (1280 px) and on a phone
 * (390 px), in English and in Dutch: the document is no wider than the window, and at desktop width the navigation,
 * expanded, stays on one line. One failure lists every page that does not fit, with the elements that stick out.
 */
@PortalBrowserTest
@Import(PortalPages.class)
class ScreenWidthBrowserTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A navigation bar of one line is about 57 px high; two lines would be over 90. */
	private static final int ONE_LINE_HEADER = 80;

	/** The person with every role, their name as long as names get, sees the most of the navigation. */
	private static final List<String> PAGES_OF_EVERY_ROLE = List.of("/", "/calls", "/proposals", "/reviews",
			"/staff/calls", "/staff/organisations", "/admin/calls", "/admin/users", "/admin/audit", "/account");

	/**
	 * The document's width and the window's; the header's height; the elements that reach past the window's right
	 * edge, outermost first (none inside another one listed).
	 */
	private static final String MEASURE = """
			() => {
			  const width = document.documentElement.clientWidth;
			  const wide = [];
			  for (const element of document.body.querySelectorAll('*')) {
			    const box = element.getBoundingClientRect();
			    if (box.width > 0 && box.right > width + 1 && !wide.some(outer => outer.contains(element))) {
			      wide.push(element);
			    }
			  }
			  const name = element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			      + (element.className && typeof element.className === 'string'
			          ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
			      + ' "' + (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"'
			      + ' to ' + Math.round(element.getBoundingClientRect().right) + ' px';
			  return { scrollWidth: document.documentElement.scrollWidth, width: width,
			           header: Math.round(document.querySelector('header').getBoundingClientRect().height),
			           language: document.documentElement.lang, wide: wide.slice(0, 4).map(name).join('; ') };
			}""";

	private static final Logger LOG = LoggerFactory.getLogger(ScreenWidthBrowserTests.class);

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
	void everyPageOfEveryRoleFitsTheScreenAtDesktopAndPhoneWidthInEnglishAndDutch() {
		PortalUser everyRole = data.user(Role.values());
		jdbc.sql("update users set full_name = 'Anne-Marie Vandenbroucke-Van de Velde' where id = ?")
			.param(everyRole.getId())
			.update();
		List<String> misfits = new ArrayList<>();
		for (int[] viewport : List.of(new int[] { 1280, 900 }, new int[] { 390, 844 })) {
			for (String language : List.of("en", "nl")) {
				// Fresh pages each time: some forms (a cancellation) can be sent only once.
				List<PortalPages.Page> all = new ArrayList<>(pages.all());
				PAGES_OF_EVERY_ROLE.forEach(path -> all.add(new PortalPages.Page(path, everyRole)));
				misfits.addAll(misfits(all, viewport[0], viewport[1], language, everyRole));
			}
		}
		assertThat(misfits).as("pages that do not fit the screen").isEmpty();
	}

	private List<String> misfits(List<PortalPages.Page> all, int width, int height, String language,
			PortalUser everyRole) {
		List<String> misfits = new ArrayList<>();
		PortalUser signedIn = null;
		BrowserContext context = null;
		try {
			for (PortalPages.Page page : all) {
				if (context == null || page.viewer() != signedIn) {
					if (context != null) {
						context.close();
					}
					context = browser.newContext("http://localhost:" + port, width, height);
					// Some hundred pages on a busy machine: a slow one is not what this test is about.
					context.setDefaultTimeout(30_000);
					signedIn = page.viewer();
					Page first = signedIn == null ? context.newPage() : Browser.signIn(context, signedIn);
					if (signedIn != null) {
						first.waitForURL("**/");
					}
					// The choice of language is kept in a cookie for the pages that follow.
					first.navigate("/?lang=" + language);
					first.close();
				}
				if (page.after() != null) {
					post(context, "http://localhost:" + port, page.after());
				}
				Page tab = context.newPage();
				tab.navigate(page.path());
				@SuppressWarnings("unchecked")
				Map<String, Object> measured = (Map<String, Object>) tab.evaluate(MEASURE);
				String where = (page.viewer() == everyRole ? "every role " + page.path() : page.toString()) + " at "
						+ width + " px in " + language;
				int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
				int windowWidth = ((Number) measured.get("width")).intValue();
				int header = ((Number) measured.get("header")).intValue();
				if (!language.equals(measured.get("language"))) {
					misfits.add(where + ": the page is in " + measured.get("language"));
				}
				if (scrollWidth > windowWidth) {
					misfits.add(where + ": " + scrollWidth + " px wide in a window of " + windowWidth + " px, by "
							+ measured.get("wide"));
				}
				if (width >= 1200 && header >= ONE_LINE_HEADER) {
					misfits.add(where + ": the navigation takes " + header + " px, more than one line");
				}
				tab.close();
			}
		}
		finally {
			misfits.forEach(LOG::warn);
			if (context != null) {
				context.close();
			}
		}
		return misfits;
	}

	/** Posts the form as its page would, with that page's CSRF token; the confirmation waits in the session. */
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
}
