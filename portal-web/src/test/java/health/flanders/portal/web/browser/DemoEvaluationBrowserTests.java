package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.PortalApplication;
import health.flanders.portal.call.proposal.PdfFile;
import health.flanders.portal.call.testing.TestDatabase;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.FreshDatabase;

/**
 * The demo data as a newcomer gets it (the {@code demo} profile on a fresh database): the demo applicant uploads the
 * PDFs of PGX-ROUTE and submits it; staff ask more reviewers per proposal than the call's pool of four can give,
 * propose the optimal assignment and read, beside it, why the proposal cannot be covered, with no error page. Every
 * session the browser made is stored in PostgreSQL, as in production, and reads back whole. The registry's profiles
 * fill the ecosystem map and the partner suggestions.
 */
class DemoEvaluationBrowserTests {

	private static final byte[] PDF = TestPdfs.pages(2);

	@RegisterExtension
	static Browser browser = new Browser();

	static GreenMail smtp;

	static FreshDatabase database;

	static ConfigurableApplicationContext portal;

	@TempDir
	static Path files;

	@BeforeAll
	static void startTheDemo() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		database = FreshDatabase.create();
		Map<String, Object> settings = database.properties();
		settings.put("server.port", 0);
		settings.put("spring.profiles.active", "demo");
		settings.put("spring.mail.host", "127.0.0.1");
		settings.put("spring.mail.port", smtp.getSmtp().getPort());
		settings.put("spring.docker.compose.enabled", false);
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
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void staffProposeOnTheDemoDataAndReadWhyAProposalCannotBeCovered() throws Exception {
		String base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, "applicant@example.org", "demo-applicant");
			page.navigate("/proposals");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PGX-ROUTE")).first().click();
			page.getByLabel("Full proposal text (PDF)").setInputFiles(pdf("proposal.pdf"));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			// Each upload is a form of its own: the next step waits for the page that shows it stored.
			assertThat(page.locator("#attachment-FULL_TEXT")).containsText(PdfFile.sha256(PDF));
			page.getByLabel("Budget sheet (PDF)").setInputFiles(pdf("budget.pdf"));
			page.locator("#attachment-BUDGET_SHEET").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(page.locator("#attachment-BUDGET_SHEET")).containsText(PdfFile.sha256(PDF));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Your proposal is submitted");
		}
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, "staff@example.org", "demo-staff");
			page.navigate("/staff/calls");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluation (ICON-PM)").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("ICON-PM");
			// The call's pool: the four demo reviewers.
			assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Reviewers of this call"))
				.locator("tbody tr")).hasCount(4);
			page.getByLabel("Reviewers per proposal").fill("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the criteria and rules")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The criteria and rules are saved.");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose the optimal assignment")).click();
			assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The optimal assignment is proposed");
			assertThat(page.locator("#gaps")).containsText("PGX-ROUTE");
			assertThat(page.locator("#gaps"))
				.containsText("1 missing: only 4 reviewers of the pool have no conflict with it and have not declined it");
		}
		assertThat(storedSessionAttributes()).isNotEmpty().allSatisfy(value -> assertThat(value).isNotNull());
	}

	@Test
	void theMapAndThePartnerSuggestionsShowTheDemoRegistrysProfiles() {
		String base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
		try (BrowserContext context = browser.newContext(base)) {
			Page page = context.newPage();
			page.navigate("/connect/map");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("30 organisations in the registry for this choice.");
			// Every organisation has its places: a row for each place of the value chain, none for "No place given".
			assertThat(page.getByRole(AriaRole.TABLE).locator("tbody tr")).hasCount(6);
			assertThat(page.getByText("No place given")).hasCount(0);
			page.getByLabel("Therapeutic area").selectOption("II");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.ROW,
					new Locator.GetByRoleOptions().setName(Pattern.compile("^Clinical studies"))))
				.isVisible();
		}
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, "applicant@example.org", "demo-applicant");
			page.navigate("/proposals");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ONCOTWIN")).first().click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find partners")).click();
			// ONCOTWIN (neoplasms) lacks a research organisation: one that works on neoplasms is suggested for both.
			assertThat(page.getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText("would be the first research and technology organisation"))
				.filter(new Locator.FilterOptions().setHasText("works on Neoplasms"))
				.first()).isVisible();
		}
	}

	/**
	 * The demo's partnering on the upcoming webinar: the demo applicant, one of a dozen participants, finds it from the
	 * session's page, sees the others ranked with their reasons, a request waiting for them and the two they sent
	 * accepted, accepts the waiting one, and sees the two periods they are free in their profile.
	 */
	@Test
	void theDemoApplicantMeetsOthersAtTheWebinarsPartnering() {
		String base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
		try (BrowserContext context = browser.newContext(base)) {
			Page page = signIn(context, "applicant@example.org", "demo-applicant");
			page.navigate("/info-sessions");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webinar: preparing your ICON proposal"))
				.first()
				.click();
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Partnering: meet other participants one to one"))
				.click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suggested for you")))
				.isVisible();
			assertThat(page.getByText("Ghent University").first()).isVisible();
			assertThat(page.getByText("Lysenta Health Data BV").first()).isVisible();
			assertThat(page.getByText("Our biobank has second-line oncology patients")).isVisible();
			assertThat(page.getByText("Accepted").first()).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept Sofie Janssens")).click();
			assertThat(page.getByText("You accepted the meeting.")).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit my profile")).click();
			assertThat(page.getByLabel("Free until (period 1)")).hasValue("16:30");
			assertThat(page.getByLabel("Free from (period 2)")).hasValue("16:45");
		}
	}

	private static Page signIn(BrowserContext context, String email, String password) {
		Page page = context.newPage();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL(url -> !url.contains("/login"));
		return page;
	}

	private static Path pdf(String name) throws Exception {
		Path file = files.resolve(name);
		Files.write(file, PDF);
		return file;
	}

	/** Every attribute of every session in the store, read back as the portal's classes. */
	private static List<Object> storedSessionAttributes() throws Exception {
		List<Object> values = new ArrayList<>();
		try (Connection connection = connect(database.connection());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select attribute_bytes from spring_session_attributes")) {
			while (rows.next()) {
				try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(rows.getBytes(1)))) {
					values.add(in.readObject());
				}
			}
		}
		return values;
	}

	private static Connection connect(TestDatabase.Connection database) throws SQLException {
		return database.username() == null ? DriverManager.getConnection(database.url())
				: DriverManager.getConnection(database.url(), database.username(), database.password());
	}
}
