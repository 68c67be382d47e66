package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A count reads in the singular or the plural as it falls, in English and in Dutch, and large counts with each
 * language's separators: never "1 entries" or "organisation(s)".
 */
class PluralMessagesTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ResourceBundleMessageSource messages = messages();

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', textBlock = """
			audit.count                        | 0    | No entries                                 | Geen regels
			audit.count                        | 1    | One entry                                  | Eén regel
			audit.count                        | 2500 | 2,500 entries                              | 2.500 regels
			users.count                        | 0    | No accounts                                | Geen accounts
			users.count                        | 1    | One account                                | Eén account
			users.count                        | 7    | 7 accounts                                 | 7 accounts
			staff.proposals.count              | 0    | No proposals submitted                     | Geen voorstellen ingediend
			staff.proposals.count              | 1    | One proposal submitted                     | Eén voorstel ingediend
			staff.proposals.count              | 51   | 51 proposals submitted                     | 51 voorstellen ingediend
			audit.details.reviewersEmailed     | 0    | No reviewer e-mailed                       | Geen beoordelaar gemaild
			audit.details.reviewersEmailed     | 1    | One reviewer e-mailed                      | Eén beoordelaar gemaild
			audit.details.reviewersEmailed     | 3    | 3 reviewers e-mailed                       | 3 beoordelaars gemaild
			""")
	void aCountIsSingularOrPluralInBothLanguages(String key, long count, String english, String dutch) {
		assertThat(messages.getMessage(key, new Object[] { count }, Locale.ENGLISH)).isEqualTo(english);
		assertThat(messages.getMessage(key, new Object[] { count }, DUTCH)).isEqualTo(dutch);
	}

	@ParameterizedTest(name = "at least {0} enterprises and {1} research organisations")
	@CsvSource(delimiter = '|', textBlock = """
			3 | 1 | at least 3 independent Flemish enterprises and at least one research and technology organisation (RTO) | minstens 3 onafhankelijke Vlaamse ondernemingen en minstens één onderzoeksorganisatie (kennisinstellingen)
			1 | 2 | at least one independent Flemish enterprise and at least 2 research and technology organisations (RTO) | minstens één onafhankelijke Vlaamse onderneming en minstens 2 onderzoeksorganisaties (kennisinstellingen)
			""")
	void theCallsRuleCountsInTheSingularOrPlural(int enterprises, int rtos, String english, String dutch) {
		Object[] arguments = { enterprises, rtos };
		assertThat(messages.getMessage("call.eligibility.rule", arguments, Locale.ENGLISH)).contains(english);
		assertThat(messages.getMessage("call.eligibility.rule", arguments, DUTCH)).contains(dutch);
	}

	@ParameterizedTest(name = "{0} days and {1} hours")
	@CsvSource(delimiter = '|', textBlock = """
			1  | 1 | 1 day and 1 hour left   | Nog 1 dag en 1 uur
			12 | 3 | 12 days and 3 hours left | Nog 12 dagen en 3 uur
			""")
	void theTimeLeftIsSingularOrPlural(long days, int hours, String english, String dutch) {
		Object[] arguments = { days, hours };
		assertThat(messages.getMessage("proposal.timeLeft", arguments, Locale.ENGLISH)).isEqualTo(english);
		assertThat(messages.getMessage("proposal.timeLeft", arguments, DUTCH)).isEqualTo(dutch);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(Arrays.stream(application().getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties application() {
		Properties properties = new Properties();
		InputStream resource = PluralMessagesTests.class.getClassLoader().getResourceAsStream("application.properties");
		try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}
}
