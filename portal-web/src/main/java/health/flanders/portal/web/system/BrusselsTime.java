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
 * reader's language. Templates use it as {@code ${@time.dateTime(call.deadline)}}.
 */
@Component("time")
public class BrusselsTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

	private static final Locale DUTCH_BELGIUM = Locale.forLanguageTag("nl-BE");

	/** E.g. "14 May 2019, 14:00" or "14 mei 2019 14:00". */
	public String dateTime(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT));
	}

	/** E.g. "Tuesday 14 May 2019". */
	public String date(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL));
	}

	/** A calendar day, e.g. "14 May 2019" or "14 mei 2019". */
	public String day(LocalDate day) {
		return day == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(regionalLocale()).format(day);
	}

	/** E.g. "14:00". */
	public String time(Instant instant) {
		return format(instant, DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
	}

	/** The machine-readable form for {@code <time datetime>}, to the second, with the Brussels offset. */
	public String iso(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZONE));
	}

	/** Dates as written in Belgium: Dutch as in Flanders, English as in Britain (day before month, 24-hour clock). */
	private static Locale regionalLocale() {
		return "nl".equals(LocaleContextHolder.getLocale().getLanguage()) ? DUTCH_BELGIUM : Locale.UK;
	}

	private static String format(Instant instant, DateTimeFormatter formatter) {
		if (instant == null) {
			return "";
		}
		return formatter.withLocale(regionalLocale()).withZone(ZONE).format(instant);
	}
}
