package health.flanders.portal.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import health.flanders.portal.call.user.PortalUser;

/**
 * Headless Chromium from the machine's own package (Debian's {@code chromium}), driven by Playwright; never a browser
 * that Playwright downloads. {@code ICON_CHROMIUM_PATH} names another binary. Where no Chromium is installed the
 * browser tests are skipped with a message, except under CI, where that is a failure.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback {

	private static final List<String> ARGUMENTS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
			"--disable-quic");

	private static final int WAIT_MILLISECONDS = 15_000;

	private Playwright playwright;

	private com.microsoft.playwright.Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Path executable = Path.of(System.getenv().getOrDefault("ICON_CHROMIUM_PATH", "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			if (System.getenv("CI") != null) {
				throw new IllegalStateException("No Chromium at " + executable + "; .ci/run installs it");
			}
			Assumptions.abort("No Chromium at " + executable + ": install Debian's chromium to run the browser tests");
		}
		PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLISECONDS);
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS));
	}

	/**
	 * A fresh context (no cookies) in English at desktop width. A step, or an assertion on the page, that finds nothing
	 * fails after {@value #WAIT_MILLISECONDS} ms: the tests run in two JVMs at once on a machine of two cores.
	 */
	public BrowserContext newContext(String baseUrl) {
		return newContext(baseUrl, 1280, 900);
	}

	/** A fresh context (no cookies) in English at the given viewport size, e.g. 390 x 844 for a phone. */
	public BrowserContext newContext(String baseUrl, int width, int height) {
		return newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height));
	}

	/**
	 * A fresh context that lets the test inject its own script (axe-core) into pages, which the portal's
	 * Content-Security-Policy would otherwise refuse, as it should.
	 */
	public BrowserContext newContextForInjectedScripts(String baseUrl, int width, int height) {
		return newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height).setBypassCSP(true));
	}

	/** A fresh context in which pages run no script, as for a reader who turned scripting off. */
	public BrowserContext newContextWithoutScripts(String baseUrl, int width, int height) {
		return newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height)
			.setJavaScriptEnabled(false));
	}

	private BrowserContext newContext(NewContextOptions options) {
		BrowserContext context = browser.newContext(options.setLocale("en-GB"));
		context.setDefaultTimeout(WAIT_MILLISECONDS);
		return context;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	/** Opens a page in the context and signs this person in with the tests' password. */
	public static Page signIn(BrowserContext context, PortalUser person) {
		Page page = context.newPage();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(person.getEmail());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		return page;
	}
}
