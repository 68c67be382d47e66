package health.flanders.portal.web.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PageWalk;
import health.flanders.portal.web.support.PortalPages;

/**
 * axe-core's serious and critical violations on a page, and whether the page was redirected elsewhere. axe is the npm
 * package's own {@code axe.min.js}, kept under test resources; the page's context must let injected scripts run.
 */
final class Axe {

	private static final Path SCRIPT = Path.of("src/test/resources/axe/axe.min.js");

	private Axe() {
	}

	/** Every page of every role walked at this window size in this language: its serious or critical problems. */
	static List<String> problemsAt(int width, int height, String language, Browser browser, int port,
			PortalPages pages) {
		String baseUrl = "http://localhost:" + port;
		return new PageWalk(() -> browser.newContextForInjectedScripts(baseUrl, width, height), baseUrl, language)
			.problems(pages.all(), Axe::seriousViolations);
	}

	@SuppressWarnings("unchecked")
	private static List<String> seriousViolations(Page tab, PortalPages.Page page) {
		List<String> serious = new ArrayList<>();
		if (!tab.url().endsWith(page.path())) {
			serious.add("redirected to " + tab.url());
		}
		tab.addScriptTag(new Page.AddScriptTagOptions().setPath(SCRIPT));
		List<Map<String, Object>> violations = (List<Map<String, Object>>) tab
			.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations"
					+ ".map(v => ({ id: v.id, impact: v.impact, help: v.help,"
					+ " targets: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') }))");
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
