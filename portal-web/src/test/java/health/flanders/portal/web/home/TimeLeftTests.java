package health.flanders.portal.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import health.flanders.portal.web.system.BrusselsTime;

/**
 * The time left until a call's deadline in words, by Brussels calendar days, in English and Dutch: on the last day
 * the hour, the day before "tomorrow", before that the days, singular or plural.
 */
class TimeLeftTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final ResourceBundleMessageSource messages = messages();

	@ParameterizedTest(name = "at {0} for {1}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-18T09:00 | 2026-12-18T17:00 | Closes today at 17:00    | Sluit vandaag om 17:00
			2026-12-18T00:00 | 2026-12-18T23:59 | Closes today at 23:59    | Sluit vandaag om 23:59
			2026-12-17T23:30 | 2026-12-18T00:30 | Closes tomorrow at 00:30 | Sluit morgen om 00:30
			2026-12-17T08:00 | 2026-12-18T17:00 | Closes tomorrow at 17:00 | Sluit morgen om 17:00
			2026-12-16T20:00 | 2026-12-18T17:00 | 2 days left              | Nog 2 dagen
			2026-12-06T04:10 | 2026-12-18T17:00 | 12 days left             | Nog 12 dagen
			2026-03-20T12:00 | 2026-04-01T17:00 | 12 days left             | Nog 12 dagen
			2027-01-01T10:00 | 2028-01-01T10:00 | 365 days left            | Nog 365 dagen
			""")
	void theTimeLeftReadsByBrusselsDays(LocalDateTime now, LocalDateTime deadline, String english, String dutch) {
		Instant at = now.atZone(BrusselsTime.ZONE).toInstant();
		Instant until = deadline.atZone(BrusselsTime.ZONE).toInstant();
		assertThat(messages.getMessage(TimeLeft.until(until, at), Locale.ENGLISH)).isEqualTo(english);
		assertThat(messages.getMessage(TimeLeft.until(until, at), DUTCH)).isEqualTo(dutch);
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
		InputStream resource = TimeLeftTests.class.getClassLoader().getResourceAsStream("application.properties");
		try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}
}
