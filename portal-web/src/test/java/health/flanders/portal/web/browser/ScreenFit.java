package health.flanders.portal.web.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PageWalk;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * Whether a page fits its window: the document is no wider than the window, the page is in the language asked for,
 * and at desktop width the navigation, expanded, stays on one line. A misfit names the elements that stick out.
 */
final class ScreenFit {

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

	private static final Logger LOG = LoggerFactory.getLogger(ScreenFit.class);

	private ScreenFit() {
	}

	/** Every page of every role, and the navigation's pages as a person with every role and a long name. */
	private static List<PortalPages.Page> pagesOfEveryRole(PortalPages pages, TestData data, JdbcClient jdbc) {
		PortalUser everyRole = data.user(Role.values());
		jdbc.sql("update users set full_name = 'Anne-Marie Vandenbroucke-Van de Velde' where id = ?")
			.param(everyRole.getId())
			.update();
		List<PortalPages.Page> all = new ArrayList<>(pages.all());
		PAGES_OF_EVERY_ROLE.forEach(path -> all.add(new PortalPages.Page(path, everyRole)));
		return all;
	}

	/**
	 * Every page of every role walked at this window size in English and in Dutch (fresh pages for each language:
	 * some forms, such as a cancellation, can be sent only once): what does not fit, each page with its problems.
	 */
	static List<String> misfitsAt(int width, int height, Browser browser, int port, PortalPages pages, TestData data,
			JdbcClient jdbc) {
		String baseUrl = "http://localhost:" + port;
		List<String> misfits = new ArrayList<>();
		for (String language : List.of("en", "nl")) {
			List<PortalPages.Page> all = pagesOfEveryRole(pages, data, jdbc);
			misfits.addAll(new PageWalk(() -> browser.newContext(baseUrl, width, height), baseUrl, language)
				.problems(all, (tab, page) -> misfits(tab, language)));
		}
		misfits.forEach(LOG::warn);
		return misfits;
	}

	private static List<String> misfits(Page tab, String language) {
		@SuppressWarnings("unchecked")
		Map<String, Object> measured = (Map<String, Object>) tab.evaluate(MEASURE);
		int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
		int windowWidth = ((Number) measured.get("width")).intValue();
		int header = ((Number) measured.get("header")).intValue();
		List<String> misfits = new ArrayList<>();
		String where = "at " + windowWidth + " px in " + language + ": ";
		if (!language.equals(measured.get("language"))) {
			misfits.add(where + "the page is in " + measured.get("language"));
		}
		if (scrollWidth > windowWidth) {
			misfits.add(where + scrollWidth + " px wide, by " + measured.get("wide"));
		}
		if (windowWidth >= 1200 && header >= ONE_LINE_HEADER) {
			misfits.add(where + "the navigation takes " + header + " px, more than one line");
		}
		return misfits;
	}

}
