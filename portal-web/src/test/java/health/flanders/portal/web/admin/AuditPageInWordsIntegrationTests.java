package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** The audit trail speaks the reader's language: actions, subjects and the portal's own details in words. */
@PortalIntegrationTest
class AuditPageInWordsIntegrationTests {

	private static final Pattern TABLE_BODY = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theTrailInDutchSaysWhatHappenedInWordsNotCodes() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String subject = "words-" + TestData.unique();
		transaction.executeWithoutResult(status -> {
			trail.record("staff@example.org", "ASSIGNMENT_RELEASED", "call", subject, "1 reviewers e-mailed");
			trail.record("reviewer@example.org", "REVIEW_SUBMITTED", "proposal", subject, "review 42");
		});

		String page = page(get("/admin/audit").param("q", subject).param("lang", "nl").with(as(admin)));

		String rows = tableBody(page);
		assertThat(rows).contains("Toewijzing aan de beoordelaars vrijgegeven", "oproep " + subject,
				"Eén beoordelaar gemaild", "Beoordeling ingediend", "voorstel " + subject, "Beoordeling 42");
		assertThat(rows).doesNotContain(">ASSIGNMENT_RELEASED<", ">REVIEW_SUBMITTED<", "reviewers e-mailed",
				">call " + subject, ">proposal " + subject);

		String english = tableBody(page(get("/admin/audit").param("q", subject).param("lang", "en").with(as(admin))));
		assertThat(english).contains("Assignment released to the reviewers", "call " + subject,
				"One reviewer e-mailed", "Review submitted", "proposal " + subject, "Review 42");
	}

	@Test
	void theActionFilterIsALabelledChoiceOfTheKnownActionsThatKeepsTheChosenOne() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String subject = "filter-" + TestData.unique();
		transaction.executeWithoutResult(status -> {
			trail.record("staff@example.org", "ASSIGNMENT_RELEASED", "call", subject, "3 reviewers e-mailed");
			trail.record("reviewer@example.org", "REVIEW_SUBMITTED", "proposal", subject, "review 42");
		});

		String page = page(get("/admin/audit").param("q", subject).param("action", "REVIEW_SUBMITTED")
			.param("lang", "nl").with(as(admin)));

		assertThat(page).contains("<label for=\"action\" class=\"form-label\">Handeling</label>")
			.contains("<select id=\"action\" name=\"action\"")
			.contains("<option value=\"\">Elke handeling</option>")
			.contains("<option value=\"REVIEW_SUBMITTED\" selected=\"selected\">Beoordeling ingediend</option>")
			.contains("<option value=\"ASSIGNMENT_RELEASED\">Toewijzing aan de beoordelaars vrijgegeven</option>")
			.doesNotContain("<input type=\"text\" id=\"action\"");
		assertThat(tableBody(page)).contains("Beoordeling 42").doesNotContain("beoordelaars gemaild");
	}

	@Test
	void theExportKeepsTheCodesAsSealedAndAddsTheActionInWords() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String subject = "export-" + TestData.unique();
		transaction.executeWithoutResult(
				status -> trail.record("reviewer@example.org", "REVIEW_SUBMITTED", "proposal", subject, "review 42"));

		String csv = page(get("/admin/audit.csv").param("q", subject).param("lang", "nl").with(as(admin)));

		assertThat(csv).contains("\"key_id\",\"action_in_words\"")
			.contains("\"REVIEW_SUBMITTED\",\"proposal\",\"" + subject + "\",\"review 42\"")
			.contains("\"Beoordeling ingediend\"");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String tableBody(String page) {
		Matcher body = TABLE_BODY.matcher(page);
		assertThat(body.find()).as("the page has a table of entries").isTrue();
		return body.group(1);
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
