package health.flanders.portal.call.eligibility;

import static health.flanders.portal.call.eligibility.Consortium.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import health.flanders.portal.call.organisation.ResearchKind;

/**
 * The reasons write amounts, shares and counts as each language does: 1,250,000.00 and 40.01% in English,
 * 1.250.000,00 and 40,01 % in Dutch, and a count in the singular or plural as it falls.
 */
class ReasonsInEachLanguageTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void anAmountReadsWithDutchSeparatorsInDutchAndEnglishOnesInEnglish() {
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("1250000"),
				enterprise("Bolt BV", BOLT).requesting("1000000"), enterprise("Cura NV", CURA).requesting("1000000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("100000"));

		Reason reason = result.reasons().get(0);
		assertThat(messages.getMessage(reason, DUTCH))
			.isEqualTo("De ondernemingen vragen samen EUR 3.250.000,00; de oproep staat hoogstens EUR 3.000.000,00 toe.");
		assertThat(messages.getMessage(reason, Locale.ENGLISH)).isEqualTo(reason.getDefaultMessage())
			.isEqualTo("The enterprises request EUR 3,250,000.00 together; the call allows at most EUR 3,000,000.00.");
	}

	@Test
	void aShareReadsWithADecimalCommaAndASpacedPercentSignInDutch() {
		// 400,100 of 1,000,000 is 40.01%.
		EligibilityResult result = check(EligibilityCriteria.icon(),
				enterprise("Acme NV", ACME).coordinating().requesting("200000"),
				enterprise("Bolt BV", BOLT).requesting("199900"), enterprise("Cura NV", CURA).requesting("200000"),
				rto("KU Leuven", ResearchKind.UNIVERSITY).requesting("400100"));

		Reason reason = result.reasons().get(0);
		assertThat(messages.getMessage(reason, DUTCH))
			.isEqualTo("De onderzoekspartners vragen 40,01\u00a0% van het budget; hoogstens 40\u00a0% is toegestaan.");
		assertThat(messages.getMessage(reason, Locale.ENGLISH))
			.isEqualTo("The research partners request 40.01% of the budget; at most 40% is allowed.");
	}

	@ParameterizedTest(name = "{0} enterprises")
	@CsvSource(delimiter = '|', textBlock = """
			0 | The consortium counts no independent Flemish enterprise; the call asks for at least 3. | Het consortium telt geen onafhankelijke Vlaamse onderneming; de oproep vraagt er minstens 3.
			1 | The consortium counts one independent Flemish enterprise; the call asks for at least 3. | Het consortium telt één onafhankelijke Vlaamse onderneming; de oproep vraagt er minstens 3.
			2 | The consortium counts 2 independent Flemish enterprises; the call asks for at least 3. | Het consortium telt 2 onafhankelijke Vlaamse ondernemingen; de oproep vraagt er minstens 3.
			""")
	void theCountOfEnterprisesIsSingularOrPluralAsItFalls(int count, String english, String dutch) {
		Object[] arguments = { count, 3 };
		assertThat(messages.getMessage("eligibility.reason.too-few-enterprises", arguments, Locale.ENGLISH))
			.isEqualTo(english);
		assertThat(messages.getMessage("eligibility.reason.too-few-enterprises", arguments, DUTCH)).isEqualTo(dutch);
	}

	@ParameterizedTest(name = "{0} research organisations")
	@CsvSource(delimiter = '|', textBlock = """
			1 | The consortium counts one research and technology organisation; the call asks for at least 2. | Het consortium telt één onderzoeksorganisatie; de oproep vraagt er minstens 2.
			5 | The consortium counts 5 research and technology organisations; the call asks for at least 12. | Het consortium telt 5 onderzoeksorganisaties; de oproep vraagt er minstens 12.
			""")
	void theCountOfResearchOrganisationsIsSingularOrPluralAsItFalls(int count, String english, String dutch) {
		Object[] arguments = { count, count == 1 ? 2 : 12 };
		assertThat(messages.getMessage("eligibility.reason.too-few-rtos", arguments, Locale.ENGLISH)).isEqualTo(english);
		assertThat(messages.getMessage("eligibility.reason.too-few-rtos", arguments, DUTCH)).isEqualTo(dutch);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("eligibility-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
