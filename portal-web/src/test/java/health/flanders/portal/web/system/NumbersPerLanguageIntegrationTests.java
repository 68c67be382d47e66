package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Amounts, counts and shares are written as the reader's language writes them, on pages and in e-mails: 1.250.000,00
 * and 40 % in Dutch, 1,250,000.00 and 40% in English.
 */
@PortalIntegrationTest
class NumbersPerLanguageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Mailer mailer;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theEnterprisesBudgetReadsWithDutchSeparatorsOnADutchProposalPage() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.completeProposal(call, applicant, "EURO");
		// Each of the three enterprises asks 1,250,000: together 3,750,000, above the pilot call's maximum.
		jdbc.sql("""
				update consortium_members set requested_budget_eur = 1250000
				where proposal_id = ? and organisation_id in (select id from organisations where type = 'ENTERPRISE')""")
			.param(proposal.getId())
			.update();

		String dutch = page(get("/proposals/{id}", proposal.getId()).param("lang", "nl").with(as(applicant)));
		assertThat(dutch).contains("De ondernemingen vragen samen EUR 3.750.000,00; de oproep staat hoogstens EUR 3.000.000,00 toe.")
			.doesNotContain("3,750,000.00");

		String english = page(get("/proposals/{id}", proposal.getId()).param("lang", "en").with(as(applicant)));
		assertThat(english).contains("The enterprises request EUR 3,750,000.00 together; the call allows at most EUR 3,000,000.00.");
	}

	@Test
	void theCallsRulesReadWithASpacedPercentSignAndTheSingularInDutch() throws Exception {
		Call call = data.openCall();

		String dutch = page(get("/calls/{id}", call.getId()).param("lang", "nl"));
		assertThat(dutch).contains("hoogstens 40\u00a0% van het budget")
			.contains("minstens 3 onafhankelijke Vlaamse ondernemingen en minstens één onderzoeksorganisatie (")
			.doesNotContain("(s)", "(en)");

		String english = page(get("/calls/{id}", call.getId()).param("lang", "en"));
		assertThat(english).contains("at most 40% of the budget")
			.contains("at least 3 independent Flemish enterprises and at least one research and technology organisation (")
			.doesNotContain("organisation(s)");
	}

	@Test
	void aCountInADutchEmailIsWrittenWithDutchSeparators() {
		String recipient = "digest-" + TestData.unique() + "@example.org";
		transaction.executeWithoutResult(status -> {
			mailer.send(recipient, Locale.forLanguageTag("nl"), "audit-digest", Map.of("day", LocalDate.of(2026, 11, 22),
					"entries", 1234567L, "keyId", "abcdef0123456789"));
			mailer.send(recipient, Locale.ENGLISH, "audit-digest", Map.of("day", LocalDate.of(2026, 11, 22),
					"entries", 1234567L, "keyId", "abcdef0123456789"));
		});

		assertThat(jdbc.sql("select body_text from outgoing_mails where recipient = ? order by id")
			.param(recipient)
			.query(String.class)
			.list()).satisfiesExactly(dutch -> assertThat(dutch).contains("Regels: 1.234.567"),
					english -> assertThat(english).contains("Entries: 1,234,567"));
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
