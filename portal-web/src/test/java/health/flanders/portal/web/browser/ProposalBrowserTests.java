package health.flanders.portal.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.PdfFile;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Browser;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalBrowserTest;
import health.flanders.portal.web.support.TestData;

/**
 * An applicant's whole way from registration to a submitted proposal in Chromium, and the refusals on the way: an
 * ineligible consortium, a submission after the deadline, a program renamed to .pdf and a PDF of 25 MB.
 */
@PortalBrowserTest
@Import(MutableClockConfiguration.class)
class ProposalBrowserTests {

	private static final byte[] PDF = TestPdfs.pages(2);

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@TempDir
	Path files;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void registerStartBuildAnEligibleConsortiumUploadSubmitAndReadTheReceipt() throws Exception {
		Call call = data.openCall();
		String tag = TestData.unique().substring(0, 6);
		for (String name : new String[] { "Alfa " + tag + " NV", "Bravo " + tag + " BV", "Charlie " + tag + " NV" }) {
			data.flemishEnterprise(name, null);
		}
		data.university("Delta " + tag + " University");
		String email = "journey-" + TestData.unique() + "@example.org";

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			page.navigate("/register");
			page.getByLabel("Full name").fill("Jo Journey");
			page.getByLabel("E-mail address").fill(email);
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(TestData.PASSWORD);
			page.getByLabel("Repeat the password").fill(TestData.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
			page.getByLabel("Password").fill(TestData.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.navigate("/calls/" + call.getId());
			page.getByLabel("Acronym").fill("JOURNEY");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a proposal")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("JOURNEY");
			page.waitForLoadState();

			page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("A journey through the portal");
			page.getByLabel("Abstract").fill("What the project does, in short.");
			assertThat(page.locator("#abstract-counter")).containsText("32 of 4,000");
			page.getByLabel("Better knowledge of biomarker").check();
			page.getByLabel("Disease area").selectOption("II");
			page.getByLabel("Medical need").fill("A high medical need.");
			page.getByLabel("Economic impact").fill("Sales across Europe.");
			page.getByLabel("Societal impact").fill("Better care.");
			page.getByLabel("Duration in months").fill("24");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save draft")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("The draft is saved.");

			Locator panel = page.locator("#eligibility-panel");
			assertThat(panel).containsText("not eligible yet");
			// From here on the page must not reload: the consortium and the panel change in place.
			page.evaluate("window.samePage = true");
			for (String name : new String[] { "Alfa " + tag, "Bravo " + tag, "Charlie " + tag, "Delta " + tag }) {
				page.getByLabel("Search by name, enterprise number or keyword").fill(name);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + name).setExact(false)).click();
				assertThat(page.locator("#consortium table")).containsText(name);
			}
			for (int i = 0; i < 4; i++) {
				Locator budget = page.getByLabel("Requested budget of").nth(i);
				budget.fill("200000");
				budget.press("Enter");
				// The consortium comes back from the server with the amount as stored.
				assertThat(page.getByLabel("Requested budget of").nth(i)).hasValue("200000.00");
			}
			assertThat(panel).containsText("The consortium is eligible.");
			assertThat(panel).containsText("Independent Flemish enterprises: 3");
			assertThat(page.evaluate("window.samePage === true")).isEqualTo(true);

			page.getByLabel("Full proposal text (PDF)").setInputFiles(file("proposal.pdf", PDF));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			page.getByLabel("Budget sheet (PDF)").setInputFiles(file("budget.pdf", PDF));
			page.locator("#attachment-BUDGET_SHEET").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(page.locator("#attachment-BUDGET_SHEET")).containsText(PdfFile.sha256(PDF));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Your proposal is submitted");
			String reference = page.locator("#receipt-reference").textContent();
			assertThat(reference).matches(call.getCode() + "-\\d{4}-\\d{4}");
			assertThat(page.locator("main")).containsText(PdfFile.sha256(PDF));

			String receipt = mailbox.awaitMessagesTo(email, 2)
				.stream()
				.map(Mailbox::text)
				.filter(text -> text.contains(reference))
				.findFirst()
				.orElseThrow();
			assertThat(receipt).contains(PdfFile.sha256(PDF)).contains("JOURNEY");
		}
	}

	@Test
	void anIneligibleConsortiumALateSubmissionAProgramNamedPdfAndAnOversizedPdfAreRefused() throws Exception {
		Instant deadline = clock.instant().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		Call call = data.openCall(deadline.minus(Duration.ofDays(30)), deadline);
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal ineligible = data.proposal(call, applicant, "ALONE", data.flemishEnterprise("Alone " + TestData.unique() + " NV", null));
		Proposal late = data.completeProposal(call, applicant, "LATE" + TestData.unique().substring(0, 4));

		try (BrowserContext context = browser.newContext("http://localhost:" + port)) {
			Page page = context.newPage();
			signIn(page, applicant);

			page.navigate("/proposals/" + ineligible.getId());
			assertThat(page.locator("#eligibility-panel")).containsText("not eligible yet");
			assertThat(page.locator("#eligibility-panel")).containsText("research and technology organisation");
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal"))).isDisabled();

			page.navigate("/proposals/" + late.getId());
			page.getByLabel("Full proposal text (PDF)").setInputFiles(file("virus.pdf", program()));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(page.locator("#file-FULL_TEXT-error")).containsText("not a PDF");

			byte[] big = new byte[25 * 1024 * 1024];
			System.arraycopy(PDF, 0, big, 0, PDF.length);
			page.getByLabel("Full proposal text (PDF)").setInputFiles(file("big.pdf", big));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(page.locator("#file-FULL_TEXT-error")).containsText("larger than 20 MB");
			assertThat(page.locator("#attachment-FULL_TEXT")).containsText("Not uploaded yet.");

			byte[] huge = new byte[60 * 1024 * 1024];
			System.arraycopy(PDF, 0, huge, 0, PDF.length);
			page.getByLabel("Full proposal text (PDF)").setInputFiles(file("huge.pdf", huge));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			assertThat(page.locator("#file-FULL_TEXT-error")).containsText("larger than 20 MB");

			page.getByLabel("Full proposal text (PDF)").setInputFiles(file("proposal.pdf", PDF));
			page.locator("#attachment-FULL_TEXT").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			page.getByLabel("Budget sheet (PDF)").setInputFiles(file("budget.pdf", PDF));
			page.locator("#attachment-BUDGET_SHEET").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Upload")).click();
			Locator submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the proposal"));
			assertThat(submit).isEnabled();

			// The page was loaded before the deadline; the click arrives after it.
			clock.setInstant(deadline);
			submit.click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("The deadline of this call has passed");
		}
	}

	private void signIn(Page page, PortalUser person) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(person.getEmail());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
	}

	private Path file(String name, byte[] content) throws Exception {
		Path path = Files.createTempDirectory(files, "upload").resolve(name);
		Files.write(path, content);
		return path;
	}

	/** The start of a Windows program: the "MZ" header, whatever the file is called. */
	private static byte[] program() {
		byte[] program = new byte[8192];
		program[0] = 'M';
		program[1] = 'Z';
		return program;
	}
}
