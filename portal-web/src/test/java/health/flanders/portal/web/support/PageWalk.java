package health.flanders.portal.web.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import health.flanders.portal.call.user.PortalUser;

/**
 * Opens pages one after the other in one window size and language, as their viewers: each viewer signs in once, the
 * form a page follows is posted first, and each page, once loaded, goes to a check that says what is wrong with it.
 * The browser tests that look at every page of {@link PortalPages} walk it this way.
 */
public final class PageWalk {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final BrowserContexts contexts;

	private final String baseUrl;

	private final String language;

	/** What is wrong with a loaded page; nothing when it is right. */
	@FunctionalInterface
	public interface Check {

		List<String> problems(Page tab, PortalPages.Page page);

	}

	/** Makes the fresh browser context in which a viewer signs in. */
	@FunctionalInterface
	public interface BrowserContexts {

		BrowserContext newContext();

	}

	public PageWalk(BrowserContexts contexts, String baseUrl, String language) {
		this.contexts = contexts;
		this.baseUrl = baseUrl;
		this.language = language;
	}

	/** The problems of every page, each prefixed by the page and its viewer. */
	public List<String> problems(List<PortalPages.Page> pages, Check check) {
		List<String> problems = new ArrayList<>();
		PortalUser signedIn = null;
		BrowserContext context = null;
		try {
			for (PortalPages.Page page : pages) {
				if (context == null || page.viewer() != signedIn) {
					if (context != null) {
						context.close();
					}
					context = contexts.newContext();
					// Some hundred pages on a busy machine: a slow one is not what these tests are about.
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
					post(context, page.after());
				}
				Page tab = context.newPage();
				tab.navigate(page.path());
				check.problems(tab, page).forEach(problem -> problems.add(page + ": " + problem));
				tab.close();
			}
		}
		finally {
			if (context != null) {
				context.close();
			}
		}
		return problems;
	}

	/**
	 * Posts the form as its page would, with that page's CSRF token, and leaves the redirect to follow: the flash
	 * attributes the confirmation shows wait in the session, which the context's pages share.
	 */
	private void post(BrowserContext context, PortalPages.Form form) {
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
