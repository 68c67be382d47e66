package health.flanders.portal.web.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.PortalPages;
import health.flanders.portal.web.support.TestData;

/**
 * Every page, in English and Dutch, the error pages among them, and the forms with their errors, pass the Nu Html
 * Checker without an error.
 */
@PortalIntegrationTest
@Import(PortalPages.class)
class HtmlValidityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PortalPages pages;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyPagePassesTheNuHtmlChecker() throws Exception {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
		SoftAssertions softly = new SoftAssertions();
		for (PortalPages.Page page : pages.all()) {
			for (String language : List.of("en", "nl")) {
				String html = pages.open(mvc, page, language).getContentAsString(StandardCharsets.UTF_8);
				softly.assertThat(errors(validator, html)).as(page + " in " + language).isEmpty();
			}
		}
		String registrationWithErrors = mvc.perform(post("/register").with(csrf())
			.param("fullName", "")
			.param("email", "not-an-address")
			.param("password", "short")
			.param("confirmPassword", "other")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		softly.assertThat(errors(validator, registrationWithErrors)).as("registration with errors").isEmpty();
		String suggestionWithErrors = mvc.perform(post("/funding-programmes/suggest").with(csrf())
			.param("region", "")
			.param("country", "XX")
			.param("yearlyBudgetEur", "-1")
			.param("link", "ftp://example.org")
			.param("email", "not-an-address")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		softly.assertThat(errors(validator, suggestionWithErrors)).as("funding programme suggestion with errors")
			.isEmpty();
		PortalUser admin = data.user(Role.ADMIN);
		String callWithErrors = mvc.perform(post("/admin/calls").with(csrf())
			.with(user(userDetails.loadUserByUsername(admin.getEmail())))
			.param("code", "bad code")
			.param("titleEn", "A call")
			.param("opensAt", "2030-03-01T09:00")
			.param("deadline", "2030-02-01T17:00")
			.param("budgetEur", "-5")
			.param("goals[0].code", "1a")
			.param("goals[0].parentCode", "9")
			.param("goals[0].titleEn", "Orphan")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		softly.assertThat(callWithErrors).contains("The deadline must come after the opening.");
		softly.assertThat(errors(validator, callWithErrors)).as("call form with errors").isEmpty();
		softly.assertAll();
	}

	private List<String> errors(EmbeddedValidator validator, String html) throws Exception {
		String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		List<String> errors = new ArrayList<>();
		for (JsonNode message : json.readTree(report).path("messages")) {
			if ("error".equals(message.path("type").asString()) || "fatal".equals(message.path("subType").asString())) {
				errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
						+ " [" + message.path("extract").asString().strip() + "]");
			}
		}
		return errors;
	}
}
