package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static health.flanders.portal.web.support.Browser.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * Connect in Chromium: staff register a partner and find it with the search's filters, preview an import, and follow
 * the map to the search, whose numbers fit a desktop and a phone; an applicant introduces a proposal to a suggested
 * partner, whose contact accepts.
 */
@PortalBrowserTest
class ConnectBrowserTests {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@TempDir
	Path files;

	@Test
	void staffRegisterAPartnerAndFindItWithTheFilters() {
		String word = "zq" + TestData.unique().substring(0, 8);
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
			Page page = signIn(context, data.user(Role.STAFF));
			page.navigate("/staff/organisations");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a partner")).click();
			page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).fill("Filter " + word + " NV");
			page.getByLabel("Type").selectOption("ENTERPRISE");
			page.getByLabel("Postal code").fill("9000");
			page.getByLabel("City").fill("Gent");
			page.getByLabel("Country (two letters, e.g. BE)").fill("BE");
			page.getByLabel("Expertise keywords (separated by commas)").fill(word + ", federated learning");
			page.getByLabel("Data & AI").check();
			page.getByLabel("IX · Diseases of the circulatory system").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the profile")).click();
			assertThat(page.getByText("The partner is registered.")).isVisible();

			page.navigate("/staff/organisations");
			page.getByLabel("Search the registry").fill(word);
			page.getByLabel("Place in the value chain").selectOption("DATA_AI");
			page.getByLabel("Therapeutic area").selectOption("IX");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			assertThat(searchResult(page)).hasText("One organisation found");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Filter " + word + " NV"))).isVisible();
			assertThat(page.locator("mark").first()).hasText(word);

			page.getByLabel("Therapeutic area").selectOption("II");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			assertThat(searchResult(page)).hasText("No organisation found");
		}
	}

	@Test
	void staffPreviewAnImportWithABadRowAndNothingIsWritten() throws Exception {
		String tag = TestData.unique().substring(0, 8);
		Path csv = files.resolve("registry.csv");
		Files.writeString(csv, "name;type;postal_code;city;country;enterprise_number\n"
				+ "Import " + tag + " NV;ENTERPRISE;9000;Gent;BE;" + TestData.freshEnterpriseNumber().formatted() + "\n"
				+ "Broken " + tag + " NV;ENTERPRISE;9000;Gent;BE;0123.456.789\n", StandardCharsets.UTF_8);
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
			Page page = signIn(context, data.user(Role.STAFF));
			page.navigate("/staff/organisations/import");
			page.getByLabel("CSV file").setInputFiles(csv);
			page.getByLabel("Separator between the cells").selectOption("SEMICOLON");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the preview")).click();
			assertThat(page.getByText("1 new, 0 to update, 0 unchanged, 1 with an error.")).isVisible();
			assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Broken " + tag))).containsText("Error");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import these rows"))).hasCount(0);
		}
		assertThat(jdbc.sql("select count(*) from organisations where name like ?").param("%" + tag + "%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void anApplicantIntroducesTheProposalAndSeesTheContactAccept() {
		String word = "zq" + TestData.unique().substring(0, 8);
		String contact = "contact-" + word + "@example.org";
		long organisationId = jdbc.sql("""
				insert into organisations (name, type, postal_code, city, country, expertise, contact_name, contact_email,
				contact_listed_on) values (?, 'RTO', '3000', 'Leuven', 'BE', array[?], 'An Claes', ?, date '2026-01-05')
				returning id""").params("Lab " + word, word, contact).query(Long.class).single();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.proposal(data.openCall(), applicant, "BR" + word.substring(2, 6).toUpperCase(),
				data.flemishEnterprise("Member " + word + " NV", null));
		jdbc.sql("update proposals set abstract = ? where id = ?").params("We need " + word + " expertise.", proposal.getId())
			.update();

		try (BrowserContext context = browser.newContext("http://localhost:" + port, 390, 844)) {
			Page page = signIn(context, applicant);
			page.navigate("/proposals/" + proposal.getId());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Find partners")).click();
			assertThat(page.getByText("would be the first research and technology organisation").first()).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send an introduction to Lab " + word)).click();
			page.getByLabel("Your message").fill("We would like your help with " + word + ".");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the introduction")).click();
			assertThat(page.getByText("The introduction to Lab " + word + " is sent.")).isVisible();
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("Sent, no answer yet");

			String mail = Mailbox.text(mailbox.awaitMessageTo(contact));
			Matcher link = Pattern.compile("(/connect/introductions/[A-Za-z0-9_-]+)").matcher(mail);
			assertThat(link.find()).isTrue();
			try (BrowserContext contactContext = browser.newContext("http://localhost:" + port, 1280, 900)) {
				Page answer = contactContext.newPage();
				answer.navigate(link.group(1));
				assertThat(answer.getByText("We would like your help with " + word + ".")).isVisible();
				answer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept")).click();
				assertThat(answer.getByText("You accepted this introduction.", new Page.GetByTextOptions().setExact(false))).isVisible();
			}
			page.reload();
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("Accepted");
			assertThat(page.getByRole(AriaRole.TABLE)).containsText(contact);
		}
		assertThat(organisationId).isPositive();
	}

	@Test
	void theMapShowsCountsInATableAndLeadsStaffToTheSearch() {
		String tag = TestData.unique().substring(0, 8);
		jdbc.sql("""
				insert into organisations (name, type, postal_code, city, country, value_chain, therapeutic_areas)
				values (?, 'HOSPITAL', '2650', 'Edegem', 'BE', '{CLINICAL_STUDIES}', '{XIX}')""").param("Map Hospital " + tag)
			.update();
		try (BrowserContext context = browser.newContext("http://localhost:" + port, 1280, 900)) {
			Page page = signIn(context, data.user(Role.STAFF));
			page.navigate("/");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ecosystem").setExact(true)).click();
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ecosystem map"))
				.click();
			page.getByLabel("Therapeutic area").selectOption("XIX");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
			assertThat(page.getByRole(AriaRole.TABLE)).containsText("Clinical studies");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Clinical studies, Hospital: \\d+$")))
				.click();
			assertThat(page.getByLabel("Therapeutic area")).hasValue("XIX");
			assertThat(page.getByLabel("Place in the value chain")).hasValue("CLINICAL_STUDIES");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map Hospital " + tag))).isVisible();
		}
	}

	@Test
	void theMapsNumbersFitADesktopAndAPhoneWithoutScrollingSideways() {
		String tag = TestData.unique().substring(0, 8);
		jdbc.sql("""
				insert into organisations (name, type, postal_code, city, country, value_chain, therapeutic_areas)
				values (?, 'OTHER', '3000', 'Leuven', 'BE', '{HEALTH_ECONOMICS_MARKET_ACCESS}', '{XX}')""")
			.param("Map Other " + tag)
			.update();
		for (int[] viewport : List.of(new int[] { 1280, 900 }, new int[] { 390, 844 })) {
			try (BrowserContext context = browser.newContext("http://localhost:" + port, viewport[0], viewport[1])) {
				Page page = context.newPage();
				page.navigate("/connect/map?area=XX");
				assertThat((Boolean) page.evaluate(
						"() => document.documentElement.scrollWidth > document.documentElement.clientWidth"))
					.as("the page scrolls sideways at %d px", viewport[0])
					.isFalse();
				assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('main *')].some(element =>"
						+ " element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')"))
					.as("a part of the page scrolls sideways at %d px", viewport[0])
					.isFalse();
				double mainRight = page.locator("main").boundingBox().x + page.locator("main").boundingBox().width;
				Locator other;
				Locator total;
				if (viewport[0] >= 768) {
					Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("The same in numbers"));
					other = table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Other"));
					total = table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("Total"));
					assertThat(table.getByRole(AriaRole.ROW,
							new Locator.GetByRoleOptions().setName(Pattern.compile("^Health economics & market access"))))
						.containsText("1");
				}
				else {
					assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);
					Locator numbers = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("The same in numbers"));
					assertThat(numbers.getByRole(AriaRole.HEADING,
							new Locator.GetByRoleOptions().setName("Health economics & market access"))).isVisible();
					other = numbers.getByText("Other", new Locator.GetByTextOptions().setExact(true)).first();
					total = numbers.getByText("Total", new Locator.GetByTextOptions().setExact(true)).first();
				}
				for (Locator header : List.of(other, total)) {
					assertThat(header).isVisible();
					assertThat(header.boundingBox().x + header.boundingBox().width)
						.as("%s at %d px", header.textContent(), viewport[0])
						.isLessThanOrEqualTo(mainRight);
				}
			}
		}
	}

	/** The search's count, not the registry's reading progress, which is a status too while the registry is read. */
	private static Locator searchResult(Page page) {
		return page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("organisations? found$")));
	}
}
