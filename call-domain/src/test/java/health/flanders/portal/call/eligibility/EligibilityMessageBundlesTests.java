package health.flanders.portal.call.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import health.flanders.portal.call.organisation.OrganisationType;

/** The English and Dutch texts of the eligibility reasons stay in step. */
class EligibilityMessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	@Test
	void theDutchBundleHasExactlyTheKeysOfTheEnglishOne() throws IOException {
		Properties english = load("eligibility-messages.properties");
		Properties dutch = load("eligibility-messages_nl.properties");

		assertThat(english.stringPropertyNames()).isNotEmpty();
		assertThat(dutch.stringPropertyNames()).as("keys in Dutch")
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void eachTextUsesTheSamePlaceholdersInBothLanguages() throws IOException {
		Properties english = load("eligibility-messages.properties");
		Properties dutch = load("eligibility-messages_nl.properties");

		Map<String, String> mismatches = new TreeMap<>();
		for (String key : english.stringPropertyNames()) {
			String dutchText = dutch.getProperty(key);
			if (dutchText != null
					&& !placeholders(english.getProperty(key)).equals(placeholders(dutchText))) {
				mismatches.put(key, placeholders(english.getProperty(key)) + " in English, "
						+ placeholders(dutchText) + " in Dutch");
			}
		}
		assertThat(mismatches).as("keys whose placeholders differ").isEmpty();
	}

	@Test
	void everyTextIsAValidMessageFormatPattern() throws IOException {
		for (String file : List.of("eligibility-messages.properties", "eligibility-messages_nl.properties")) {
			Properties bundle = load(file);
			for (String key : bundle.stringPropertyNames()) {
				assertThatNoException().as("%s in %s", key, file)
					.isThrownBy(() -> new MessageFormat(bundle.getProperty(key)));
			}
		}
	}

	@Test
	void aReasonReadsInDutchWithTheArgumentsItCarries() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("eligibility-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		EligibilityResult result = EligibilityRule.check(EligibilityCriteria.icon(),
				List.of(enterprise("Acme NV", "0403000059", "Janssen", "9000"),
						enterprise("Bolt BV", "0411000084", "Janssen", "2000"),
						enterprise("Brucorp", "0412000075", null, "1000")));

		assertThat(result.reasons()).extracting(reason -> messages.getMessage(reason, Locale.forLanguageTag("nl")))
			.containsExactly(
					"Brucorp heeft zijn adres in het Brussels Hoofdstedelijk Gewest (1000) en telt niet als Vlaamse onderneming.",
					"Acme NV, Bolt BV behoren tot dezelfde groep (Janssen) en tellen één keer.",
					"Het consortium telt één onafhankelijke Vlaamse onderneming; de oproep vraagt er minstens 3.",
					"Het consortium telt geen onderzoeksorganisatie (kennisinstelling); de oproep vraagt er minstens 1.",
					"Geen enkele partner is als coördinator aangeduid; een onderneming moet het project coördineren.");
		assertThat(result.reasons()).extracting(reason -> messages.getMessage(reason, Locale.ENGLISH))
			.containsExactlyElementsOf(result.reasons().stream().map(Reason::getDefaultMessage).toList());
	}

	/** {@code group}: the name of the one corporate group these tests use, or {@code null} for none. */
	private static ConsortiumCandidate enterprise(String name, String enterpriseNumber, String group,
			String postalCode) {
		return new ConsortiumCandidate(name, OrganisationType.ENTERPRISE, null, group == null ? null : 1L, group, "BE",
				postalCode, enterpriseNumber, false, new BigDecimal("200000"));
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = EligibilityMessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}
}
