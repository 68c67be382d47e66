package health.flanders.portal.web.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows instants as people in Flanders read them: in Europe/Brussels time, whatever the server's zone, in the
 * reader's language. Templates use it as {@code ${@time.dateTime(call.deadline)}}. Each format is built once per
 * language (formatters are immutable and thread-safe), not on every call.
 */
@Component("time")
public class BrusselsTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private static final Locale DUTCH_BELGIUM = Locale.forLanguageTag("nl-BE");

	private static final Formats ENGLISH = new Formats(Locale.UK);

	private static final Formats DUTCH = new Formats(DUTCH_BELGIUM);

	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE);

	/** E.g. "14 May 2019, 14:00" or "14 mei 2019 14:00". */
	public String dateTime(Instant instant) {
		return instant == null ? "" : formats().dateTime.format(instant);
	}

	/** E.g. "Tuesday, 14 May 2019" or "dinsdag 14 mei 2019". */
	public String date(Instant instant) {
		return instant == null ? "" : formats().date.format(instant);
	}

	/** A calendar day, e.g. "14 May 2019" or "14 mei 2019". */
	public String day(LocalDate day) {
		return day == null ? "" : formats().day.format(day);
	}

	/** E.g. "14:00". */
	public String time(Instant instant) {
		return instant == null ? "" : formats().time.format(instant);
	}

	/** The machine-readable form for {@code <time datetime>}, to the second, with the Brussels offset. */
	public String iso(Instant instant) {
		return instant == null ? "" : ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Dates as written in Belgium: Dutch as in Flanders, English as in Britain (day before month, 24-hour clock). */
	private static Formats formats() {
		return "nl".equals(LocaleContextHolder.getLocale().getLanguage()) ? DUTCH : ENGLISH;
	}

	private static final class Formats {

		final DateTimeFormatter dateTime;

		final DateTimeFormatter date;

		final DateTimeFormatter day;

		final DateTimeFormatter time;

		Formats(Locale locale) {
			dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
				.withLocale(locale)
				.withZone(ZONE);
			date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).withZone(ZONE);
			day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
			time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(ZONE);
		}
	}
}
