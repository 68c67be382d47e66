package health.flanders.portal.web.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.programme.FundingProgramme;
import health.flanders.portal.call.programme.FundingProgrammeRepository;
import health.flanders.portal.call.programme.ProgrammeStatus;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class FundingProgrammeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	FundingProgrammeRepository programmes;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void thePublicPageShowsOnlyPublishedProgrammes() throws Exception {
		String published = "Published " + TestData.unique();
		String suggested = "Suggested " + TestData.unique();
		String declined = "Declined " + TestData.unique();
		data.fundingProgramme(published, "BE", null, ProgrammeStatus.PUBLISHED);
		data.fundingProgramme(suggested, "BE", null, ProgrammeStatus.SUGGESTED);
		data.fundingProgramme(declined, "BE", null, ProgrammeStatus.DECLINED);

		mvc.perform(get("/funding-programmes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(published)))
			.andExpect(content().string(not(containsString(suggested))))
			.andExpect(content().string(not(containsString(declined))));
	}

	@Test
	void theCountryFilterShowsTheProgrammesOfThatCountryOnly() throws Exception {
		String luxembourg = "Luxembourg programme " + TestData.unique();
		String malta = "Maltese programme " + TestData.unique();
		data.fundingProgramme(luxembourg, "LU", null, ProgrammeStatus.PUBLISHED);
		data.fundingProgramme(malta, "MT", null, ProgrammeStatus.PUBLISHED);

		mvc.perform(get("/funding-programmes").param("country", "LU"))
			.andExpect(content().string(containsString(luxembourg)))
			.andExpect(content().string(not(containsString(malta))))
			.andExpect(content().string(containsString("<option value=\"LU\" selected=\"selected\">Luxembourg</option>")))
			.andExpect(content().string(containsString("<option value=\"MT\">Malta</option>")));
		mvc.perform(get("/funding-programmes").param("country", "").param("lang", "nl"))
			.andExpect(content().string(allOf(containsString(luxembourg), containsString(malta))))
			.andExpect(content().string(containsString("<option value=\"LU\">Luxemburg</option>")));
	}

	@Test
	void budgetsAndCountriesReadAsInTheReadersLanguage() throws Exception {
		String withBudget = "Budgeted " + TestData.unique();
		data.fundingProgramme(withBudget, "FI", new BigDecimal("5000000.00"), ProgrammeStatus.PUBLISHED);
		data.fundingProgramme("Unbudgeted " + TestData.unique(), "FI", null, ProgrammeStatus.PUBLISHED);

		mvc.perform(get("/funding-programmes").param("country", "FI").param("lang", "en"))
			.andExpect(content().string(containsString("EUR 5,000,000")))
			.andExpect(content().string(containsString("Not published")))
			.andExpect(content().string(containsString("<td>Finland</td>")));
		mvc.perform(get("/funding-programmes").param("country", "FI").param("lang", "nl"))
			.andExpect(content().string(containsString("EUR 5.000.000")))
			.andExpect(content().string(containsString("Niet gepubliceerd")))
			.andExpect(content().string(containsString("<td>Finland</td>")))
			.andExpect(content().string(containsString("Programma&#39;s in Finland")));
	}

	@Test
	void aSuggestionWithBadInputIsExplainedNextToEachFieldKeptAsTypedAndSavesNothing() throws Exception {
		long before = programmes.count();
		mvc.perform(post("/funding-programmes/suggest").with(csrf())
			.param("programme", "Kept programme")
			.param("region", "")
			.param("country", "XX")
			.param("funder", "")
			.param("yearlyBudgetEur", "-5")
			.param("link", "ftp://example.org/programme")
			.param("description", "")
			.param("email", "not-an-address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"region-error\"")))
			.andExpect(content().string(containsString("id=\"country-error\"")))
			.andExpect(content().string(containsString("id=\"funder-error\"")))
			.andExpect(content().string(containsString("id=\"yearlyBudgetEur-error\"")))
			.andExpect(content().string(containsString("id=\"link-error\"")))
			.andExpect(content().string(containsString("id=\"description-error\"")))
			.andExpect(content().string(containsString("id=\"email-error\"")))
			.andExpect(content().string(not(containsString("id=\"programme-error\""))))
			.andExpect(content().string(containsString("Give the full address of the site, starting with http:// or https://.")))
			.andExpect(content().string(containsString("Give a budget of more than zero, or leave it empty.")))
			.andExpect(content().string(containsString("Choose a country of Europe from the list.")))
			.andExpect(content().string(containsString("value=\"Kept programme\"")))
			.andExpect(content().string(containsString("value=\"ftp://example.org/programme\"")))
			.andExpect(content().string(containsString("value=\"-5\"")));
		mvc.perform(post("/funding-programmes/suggest").with(csrf()).param("lang", "nl")
			.param("link", "www.example.org")
			.param("yearlyBudgetEur", "0"))
			.andExpect(content().string(containsString("Geef het volledige adres van de website, beginnend met http:// of https://.")))
			.andExpect(content().string(containsString("Geef een budget groter dan nul, of laat het leeg.")));
		assertThat(programmes.count()).isEqualTo(before);
	}

	@Test
	void aValidSuggestionIsKeptForReviewAndNotShownPublicly() throws Exception {
		String name = "Suggested programme " + TestData.unique();
		mvc.perform(suggestion(name).param("yearlyBudgetEur", "2500000.50"))
			.andExpect(redirectedUrl("/funding-programmes/suggested"));

		FundingProgramme stored = find(name);
		assertThat(stored.getStatus()).isEqualTo(ProgrammeStatus.SUGGESTED);
		assertThat(stored.getCountry()).isEqualTo("NL");
		assertThat(stored.getYearlyBudgetEur()).isEqualByComparingTo("2500000.50");
		assertThat(stored.getSuggestedBy()).isEqualTo("visitor@example.org");
		assertThat(stored.getReviewedAt()).isNull();
		mvc.perform(get("/funding-programmes")).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/funding-programmes/suggested"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("will review it")));
	}

	@Test
	void staffPublishASuggestionAndThenTheProgrammeShows() throws Exception {
		String name = "To publish " + TestData.unique();
		FundingProgramme suggested = data.fundingProgramme(name, "DE", null, ProgrammeStatus.SUGGESTED);
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(get("/staff/funding-programmes").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(suggested.getSuggestedBy())))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + suggested.getVersion() + "\"")));

		mvc.perform(review(suggested, "publish", suggested.getVersion()).with(as(staff)))
			.andExpect(redirectedUrl("/staff/funding-programmes"))
			.andExpect(flash().attribute("published", name));

		FundingProgramme published = find(name);
		assertThat(published.getStatus()).isEqualTo(ProgrammeStatus.PUBLISHED);
		assertThat(published.getReviewedBy()).isEqualTo(staff.getEmail());
		assertThat(published.getReviewedAt()).isNotNull();
		assertThat(published.getLastCheckedOn()).isNotNull();
		mvc.perform(get("/funding-programmes").param("country", "DE")).andExpect(content().string(containsString(name)));
		mvc.perform(get("/staff/funding-programmes").with(as(staff)))
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void aDeclinedSuggestionNeverShows() throws Exception {
		String name = "To decline " + TestData.unique();
		FundingProgramme suggested = data.fundingProgramme(name, "AT", null, ProgrammeStatus.SUGGESTED);
		PortalUser staff = data.user(Role.STAFF);

		mvc.perform(review(suggested, "decline", suggested.getVersion()).with(as(staff)))
			.andExpect(redirectedUrl("/staff/funding-programmes"))
			.andExpect(flash().attribute("declined", name));

		FundingProgramme declined = find(name);
		assertThat(declined.getStatus()).isEqualTo(ProgrammeStatus.DECLINED);
		assertThat(declined.getReviewedBy()).isEqualTo(staff.getEmail());
		mvc.perform(get("/funding-programmes")).andExpect(content().string(not(containsString(name))));
		mvc.perform(get("/staff/funding-programmes").with(as(staff)))
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void aDecisionOnAStaleVersionIsRefusedWithAMessage() throws Exception {
		String name = "Reviewed twice " + TestData.unique();
		FundingProgramme suggested = data.fundingProgramme(name, "IE", null, ProgrammeStatus.SUGGESTED);
		long seen = suggested.getVersion();
		PortalUser first = data.user(Role.STAFF);
		PortalUser second = data.user(Role.STAFF);

		mvc.perform(review(suggested, "decline", seen).with(as(first))).andExpect(status().isFound());
		mvc.perform(review(suggested, "publish", seen).with(as(second)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else reviewed or changed this suggestion meanwhile")));

		FundingProgramme stored = find(name);
		assertThat(stored.getStatus()).isEqualTo(ProgrammeStatus.DECLINED);
		assertThat(stored.getReviewedBy()).isEqualTo(first.getEmail());
		mvc.perform(get("/funding-programmes")).andExpect(content().string(not(containsString(name))));
	}

	@Test
	void anUnknownSuggestionIsNotFound() throws Exception {
		mvc.perform(post("/staff/funding-programmes/{id}/publish", Long.MAX_VALUE).with(csrf())
			.with(as(data.user(Role.STAFF)))
			.param("version", "0")).andExpect(status().isNotFound());
	}

	@Test
	void onlyStaffReviewSuggestions() throws Exception {
		FundingProgramme suggested = data.fundingProgramme("Not for applicants " + TestData.unique(), "PT", null,
				ProgrammeStatus.SUGGESTED);
		PortalUser applicant = data.user(Role.APPLICANT);
		mvc.perform(get("/staff/funding-programmes").with(as(applicant))).andExpect(status().isForbidden());
		mvc.perform(review(suggested, "publish", suggested.getVersion()).with(as(applicant)))
			.andExpect(status().isForbidden());
		assertThat(find(suggested.getProgramme()).getStatus()).isEqualTo(ProgrammeStatus.SUGGESTED);
	}

	private MockHttpServletRequestBuilder suggestion(String name) {
		return post("/funding-programmes/suggest").with(csrf())
			.param("programme", name)
			.param("region", "Noord-Brabant")
			.param("country", "NL")
			.param("funder", "Province of Noord-Brabant")
			.param("link", "https://www.example.org/programme")
			.param("description", "Funds personalised-medicine projects of companies and research groups.")
			.param("email", "visitor@example.org");
	}

	private static MockHttpServletRequestBuilder review(FundingProgramme programme, String decision, long version) {
		return post("/staff/funding-programmes/{id}/" + decision, programme.getId()).with(csrf())
			.param("version", String.valueOf(version));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}

	private FundingProgramme find(String name) {
		return programmes.findAll()
			.stream()
			.filter(programme -> programme.getProgramme().equals(name))
			.findFirst()
			.orElseThrow();
	}
}
