package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.call.testing.TestDatabase;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.EveryUrlAccessIntegrationTests;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.FreshDatabase;

/**
 * The demo as a newcomer runs it without Docker: the {@code demo} profile, no SMTP server. Someone asks for a password
 * reset; the admin reads the e-mail in the portal's own mailbox and its link opens the page to choose a password. The
 * mailbox is for admins only, lists newest first a page at a time (400 for a page it does not have), shows an e-mail's
 * text as text, and its pages are valid HTML, accessible and under the portal's Content-Security-Policy. The tests
 * share one portal: the journey runs first, and the paging test, whose e-mails are the newest, last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoMailboxBrowserTests {

	private static final Path AXE = Path.of("src/test/resources/axe/axe.min.js");

	private static final Map<Role, String[]> DEMO_USERS = Map.of(Role.APPLICANT,
			new String[] { "applicant@example.org", "demo-applicant" }, Role.STAFF,
			new String[] { "staff@example.org", "demo-staff" }, Role.REVIEWER,
			new String[] { "reviewer@example.org", "demo-reviewer" }, Role.ADMIN,
			new String[] { "admin@example.org", "demo-admin" });

	@RegisterExtension
	static Browser browser = new Browser();

	static FreshDatabase database;

	static ConfigurableApplicationContext portal;

	static String base;

	@BeforeAll
	static void startTheDemoWithoutAnSmtpServer() throws IOException {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		base = "http://localhost:" + port;
		database = FreshDatabase.create();
		Map<String, Object> settings = database.properties();
		settings.put("server.port", port);
		settings.put("spring.profiles.active", "demo");
		settings.put("spring.docker.compose.enabled", false);
		settings.put("icon.base-url", base);
		settings.put("icon.rate-limits.per-address", 100000);
		settings.put("icon.rate-limits.per-email", 100000);
		settings.put("icon.public-pages.time-to-live", "0s");
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		portal = new SpringApplicationBuilder(PortalApplication.class).run(arguments);
	}

	@AfterAll
	static void stop() {
		if (portal != null) {
			portal.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	@Order(1)
	void theAdminReadsAPasswordResetInTheMailboxAndItsLinkOpensThePageToChooseAPassword() {
		try (BrowserContext context = browser.newContext(base)) {
			Page page = context.newPage();
			page.navigate("/password/forgot");
			page.getByLabel("E-mail address").fill("applicant2@example.org");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("an e-mail with a link is on its way");
		}
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, Role.ADMIN);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Administration")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demo mailbox")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Mailbox of the demo");
			// The e-mail leaves the outbox right after the request's commit, in the background.
			Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("applicant2@example.org"));
			for (int attempt = 0; attempt < 50 && row.count() == 0; attempt++) {
				page.reload();
			}
			assertThat(row).hasCount(1);
			assertThat(row).containsText("Choose a new password for the ICON Portal");
			row.getByRole(AriaRole.LINK).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Choose a new password for the ICON Portal");
			assertThat(page.getByRole(AriaRole.DEFINITION).first()).hasText("applicant2@example.org");
			// The link's name is its address: the portal's base URL, then the page to choose a password.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(base + "/password/reset?token=")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Choose a new password");
			assertThat(page.getByLabel("New password")).isVisible();
		}
	}

	@Test
	void theMailboxIsForAdminsOnlyAndEveryDemoUrlHasItsRule() {
		RequestMappingHandlerMapping mappings = portal.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		Set<String> demoEndpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/demo")) {
					info.getMethodsCondition().getMethods().forEach(method -> demoEndpoints.add(method + " " + pattern));
				}
			}
		}
		assertThat(demoEndpoints).isEqualTo(EveryUrlAccessIntegrationTests.DEMO_RULES.keySet());
		long mail = deliveredMail("someone@example.org", "A delivered e-mail", "Hello", Instant.now());
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = browser.newContext(base)) {
			for (String endpoint : demoEndpoints) {
				String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", String.valueOf(mail));
				APIResponse answer = context.request().get(base + path, RequestOptions.create().setMaxRedirects(0));
				softly.assertThat(answer.status()).as("%s for the public", endpoint).isEqualTo(302);
				softly.assertThat(answer.headers().get("location")).as("%s for the public", endpoint).endsWith("/login");
			}
		}
		for (Role role : DEMO_USERS.keySet()) {
			try (BrowserContext context = browser.newContext(base)) {
				signIn(context, role);
				for (String endpoint : demoEndpoints) {
					String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", String.valueOf(mail));
					int status = context.request().get(base + path, RequestOptions.create().setMaxRedirects(0)).status();
					boolean allowed = EveryUrlAccessIntegrationTests
						.allows(EveryUrlAccessIntegrationTests.DEMO_RULES.get(endpoint), role);
					softly.assertThat(status).as("%s for %s", endpoint, role).isEqualTo(allowed ? 200 : 403);
				}
				softly.assertThat(context.request().get(base + "/demo/mail/987654321").status())
					.as("an e-mail that is not in the mailbox, for %s", role)
					.isEqualTo(role == Role.ADMIN ? 404 : 403);
			}
		}
		softly.assertAll();
	}

	@Test
	void anEMailIsShownAsTextWithOnlyItsWebAddressesAsLinks() {
		String recipient = "text-" + System.nanoTime() + "@example.org";
		long mail = deliveredMail(recipient, "<b>Bold</b> subject",
				"Dear <script>alert('x')</script> Ann,\nopen javascript:alert(1) or " + base + "/calls.\nBye", Instant.now());
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, Role.ADMIN);
			page.navigate("/demo/mail/" + mail);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("<b>Bold</b> subject");
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Text of the e-mail")))
				.containsText("Dear <script>alert('x')</script> Ann,");
			assertThat(page.locator("main script, main b")).hasCount(0);
			Locator links = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Text of the e-mail"))
				.getByRole(AriaRole.LINK);
			assertThat(links).hasCount(1);
			assertThat(links).hasAttribute("href", base + "/calls");
			links.click();
			page.waitForURL(base + "/calls");
		}
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void theMailboxListsTheNewestFirstAPageAtATime() {
		String prefix = "paged-" + System.nanoTime();
		Instant future = Instant.now().plusSeconds(3600);
		for (int i = 0; i < 21; i++) {
			deliveredMail(prefix + "-" + i + "@example.org", "Paged " + i, "Text " + i, future.plusSeconds(i));
		}
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, Role.ADMIN);
			page.navigate("/demo/mail");
			Locator rows = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mailbox of the demo"))
				.locator("tbody tr");
			assertThat(rows).hasCount(20);
			assertThat(rows.first()).containsText(prefix + "-20@example.org");
			assertThat(rows.nth(19)).containsText(prefix + "-1@example.org");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Older e-mails")).click();
			assertThat(rows.first()).containsText(prefix + "-0@example.org");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Newer e-mails")).click();
			assertThat(rows.first()).containsText(prefix + "-20@example.org");
			for (String outOfRange : List.of("-1", "abc", "1000000", "2147483648")) {
				assertThat(context.request().get(base + "/demo/mail?page=" + outOfRange).status()).as(outOfRange)
					.isEqualTo(400);
			}
		}
	}

	@Test
	void theMailboxPagesAreValidAccessibleAndUnderTheContentSecurityPolicy() throws Exception {
		long mail = deliveredMail("checked@example.org", "A checked e-mail", "Open " + base + "/calls now.",
				Instant.now());
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		SoftAssertions softly = new SoftAssertions();
		try (BrowserContext context = browser.newContextForInjectedScripts(base, 1280, 900)) {
			signIn(context, Role.ADMIN);
			for (String path : List.of("/demo/mail", "/demo/mail/" + mail)) {
				for (String language : List.of("en", "nl")) {
					APIResponse answer = context.request().get(base + path + "?lang=" + language);
					softly.assertThat(answer.status()).as(path).isEqualTo(200);
					softly.assertThat(answer.headers().get("content-security-policy")).as(path)
						.contains("script-src 'self'")
						.contains("frame-ancestors 'none'");
					softly.assertThat(errors(validator, answer.text())).as(path + " in " + language).isEmpty();
				}
				Page page = context.newPage();
				page.navigate(path + "?lang=en");
				softly.assertThat(seriousViolations(page)).as(path).isEmpty();
				page.close();
			}
		}
		softly.assertAll();
	}

	private static Page signIn(BrowserContext context, Role role) {
		Page page = context.newPage();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(DEMO_USERS.get(role)[0]);
		page.getByLabel("Password").fill(DEMO_USERS.get(role)[1]);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

	/** An e-mail as the dispatcher leaves it in the mailbox: sent, and delivered in the portal, at this instant. */
	private static long deliveredMail(String to, String subject, String text, Instant at) {
		TestDatabase.Connection details = database.connection();
		try (Connection connection = details.username() == null ? DriverManager.getConnection(details.url())
				: DriverManager.getConnection(details.url(), details.username(), details.password());
				PreparedStatement insert = connection.prepareStatement("""
						insert into outgoing_mails (recipient, subject, body_html, body_text, created_at, next_attempt_at,
						attempts, sent_at, delivered_in_portal) values (?, ?, '<p>unused</p>', ?, ?, ?, 1, ?, true)
						returning id""")) {
			OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
			insert.setString(1, to);
			insert.setString(2, subject);
			insert.setString(3, text);
			insert.setObject(4, when);
			insert.setObject(5, when);
			insert.setObject(6, when);
			try (var rows = insert.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> errors(EmbeddedValidator validator, String html) throws Exception {
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
			if ("error".equals(message.path("type").asString()) || "fatal".equals(message.path("subType").asString())) {
				errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
						+ " [" + message.path("extract").asString().strip() + "]");
			}
		}
		return errors;
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
