package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.flanders.portal.web.support.Browser.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * A reviewer on a phone imports a small PubMed export on their profile: the progress of reading it for matching shows
 * and ends, the publications are listed with their year, one is removed; a broken export says why beside the field and
 * imports nothing.
 */
@PortalBrowserTest
class PublicationsBrowserTests {

	private static final String NBIB = """
			PMID- 31234567
			DP  - 2021 Mar 4
			TI  - Circulating tumour DNA for the follow-up of resected colorectal cancer.
			AB  - We followed 120 patients after surgery and sequenced plasma DNA every three
			      months to find relapses before imaging did.
			LID - 10.1000/CRC.2021.1 [doi]

			PMID- 29876543
			DP  - 2018
			TI  - Organoids grown from colorectal tumour biopsies predict the response to chemotherapy.
			""";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aReviewerImportsAPubMedExportSeesItReadAndRemovesOnePublicationAndABrokenOneImportsNothing() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		Path pubmed = Files.writeString(files.resolve("pubmed.nbib"), NBIB, StandardCharsets.UTF_8);
		Path broken = Files.writeString(files.resolve("broken.nbib"),
				"PMID- 30000002\nDP  - 2020\nTI  - A title.\nthis line is not MEDLINE\n", StandardCharsets.UTF_8);

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			// The first page of a freshly started portal may take longer than a step's 5 seconds on a busy machine.
			context.setDefaultNavigationTimeout(30_000);
			Page page = signIn(context, reviewer);
			page.navigate("/reviews/profile");
			page.getByLabel("Export file").setInputFiles(pubmed);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file")).click();

			assertThat(page.getByRole(AriaRole.STATUS).getByText("2 publications added, none already there."))
				.isVisible();
			Locator progress = page.getByRole(AriaRole.STATUS)
				.filter(new Locator.FilterOptions().setHasText("publications read for matching"));
			assertThat(progress).containsText(java.util.regex.Pattern.compile("[0-2] of 2 publications read for matching"));
			assertThat(progress.getByRole(AriaRole.PROGRESSBAR)).isVisible();
			assertThat(progress).containsText("2 of 2 publications read for matching",
					new LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
			assertThat(progress.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "2");

			Locator list = page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("My publications"));
			Locator ctDna = list.getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText("Circulating tumour DNA"));
			Locator organoids = list.getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText("Organoids grown from colorectal tumour biopsies"));
			assertThat(ctDna).containsText("2021");
			assertThat(ctDna).containsText("PMID 31234567");
			assertThat(organoids).containsText("2018");

			organoids.getByRole(AriaRole.BUTTON).click();
			assertThat(page.getByRole(AriaRole.STATUS).getByText("The publication was removed.")).isVisible();
			assertThat(list.getByRole(AriaRole.LISTITEM)).hasCount(1);
			assertThat(list).not().containsText("Organoids");

			page.getByLabel("Export file").setInputFiles(broken);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the file")).click();
			Locator field = page.getByLabel("Export file");
			assertThat(field).hasAttribute("aria-invalid", "true");
			assertThat(field).hasAccessibleDescription(java.util.regex.Pattern
				.compile("This file could not be read to the end\\. Nothing was imported\\. At line 4\\."));
			assertThat(list.getByRole(AriaRole.LISTITEM)).hasCount(1);
		}
		assertThat(jdbc.sql("select title from reviewer_publications where reviewer_id = ?")
			.param(reviewer.getId())
			.query(String.class)
			.list()).containsExactly("Circulating tumour DNA for the follow-up of resected colorectal cancer.");
	}
}
