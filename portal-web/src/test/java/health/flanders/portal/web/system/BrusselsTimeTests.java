package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class BrusselsTimeTests {

	private final BrusselsTime time = new BrusselsTime();

	/** 14 May 2019, 14:00 in Brussels (summer time, UTC+2). */
	private static final Instant FIRST_SESSION = Instant.parse("2019-05-14T12:00:00Z");

	/** 15 January 2027, 17:00 in Brussels (winter time, UTC+1). */
	private static final Instant WINTER_DEADLINE = Instant.parse("2027-01-15T16:00:00Z");

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishReadersSeeBrusselsTimeWrittenAsInBritain() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(time.dateTime(FIRST_SESSION)).isEqualTo("14 May 2019, 14:00");
		assertThat(time.dateTime(WINTER_DEADLINE)).isEqualTo("15 January 2027, 17:00");
		assertThat(time.date(FIRST_SESSION)).isEqualTo("Tuesday, 14 May 2019");
		assertThat(time.time(WINTER_DEADLINE)).isEqualTo("17:00");
		assertThat(time.day(LocalDate.of(2019, 5, 28))).isEqualTo("28 May 2019");
	}

	@Test
	void dutchReadersSeeBrusselsTimeWrittenAsInFlanders() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
		assertThat(time.dateTime(FIRST_SESSION)).isEqualTo("14 mei 2019 14:00");
		assertThat(time.date(WINTER_DEADLINE)).isEqualTo("vrijdag 15 januari 2027");
		assertThat(time.day(LocalDate.of(2019, 5, 28))).isEqualTo("28 mei 2019");
	}

	@Test
	void theMachineReadableFormCarriesTheBrusselsOffsetOfThatDay() {
		assertThat(time.iso(FIRST_SESSION.plusMillis(1500))).isEqualTo("2019-05-14T14:00:01+02:00");
		assertThat(time.iso(WINTER_DEADLINE)).isEqualTo("2027-01-15T17:00:00+01:00");
	}

	@Test
	void nothingIsShownForNoInstant() {
		assertThat(time.dateTime(null)).isEmpty();
		assertThat(time.iso(null)).isEmpty();
		assertThat(time.day(null)).isEmpty();
	}
}
