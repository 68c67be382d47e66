package health.flanders.portal.web.home;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import health.flanders.portal.web.system.BrusselsTime;

/**
 * The time left until a deadline, in words, by Brussels calendar days: "Closes today at 17:00", "Closes tomorrow at
 * 17:00", then "12 days left". Worked out from the instant the page is written, so a page kept by the public page
 * cache for a second or two says what was true that second or two before.
 */
final class TimeLeft {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm").withZone(BrusselsTime.ZONE);

	private TimeLeft() {
	}

	/** The words for a deadline that has not passed at {@code now}. */
	static MessageSourceResolvable until(Instant deadline, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, BrusselsTime.ZONE);
		LocalDate day = LocalDate.ofInstant(deadline, BrusselsTime.ZONE);
		long days = ChronoUnit.DAYS.between(today, day);
		if (days <= 0) {
			return message("home.calls.closesToday", HOURS.format(deadline));
		}
		if (days == 1) {
			return message("home.calls.closesTomorrow", HOURS.format(deadline));
		}
		return message("home.calls.daysLeft", days);
	}

	private static MessageSourceResolvable message(String code, Object argument) {
		return new DefaultMessageSourceResolvable(new String[] { code }, new Object[] { argument });
	}
}
