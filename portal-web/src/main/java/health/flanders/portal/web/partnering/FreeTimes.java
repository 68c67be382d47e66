package health.flanders.portal.web.partnering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.validation.Errors;

import health.flanders.portal.call.partnering.Availability;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * The periods a participant is free, as typed in the profile form: each complete, ending after it starts, within the
 * partnering window, and none overlapping another (one may end when the next starts). Blank rows are left out.
 */
final class FreeTimes {

	private static final String FIELD = "availability";

	private FreeTimes() {
	}

	/** Each rule broken, beside the row's field that breaks it; a profile needs at least one period. */
	static void check(PartneringEvent event, List<FreeTime> rows, Errors errors) {
		Object[] window = { time(event.getWindowStartsAt()).toString(), time(event.getWindowEndsAt()).toString() };
		List<Integer> valid = new ArrayList<>();
		boolean any = false;
		for (int i = 0; i < rows.size(); i++) {
			String from = FIELD + "[" + i + "].from";
			String until = FIELD + "[" + i + "].until";
			if (errors.hasFieldErrors(from) || errors.hasFieldErrors(until)) {
				any = true;
				continue;
			}
			FreeTime row = rows.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			any = true;
			if (row.getFrom() == null) {
				errors.rejectValue(from, "partnering.profile.available.incomplete");
			}
			else if (row.getUntil() == null) {
				errors.rejectValue(until, "partnering.profile.available.incomplete");
			}
			else if (!instant(event, row.getUntil()).isAfter(instant(event, row.getFrom()))) {
				errors.rejectValue(until, "partnering.profile.availableUntil.afterFrom");
			}
			else {
				boolean inside = true;
				Instant start = instant(event, row.getFrom());
				if (start.isBefore(event.getWindowStartsAt()) || !start.isBefore(event.getWindowEndsAt())) {
					errors.rejectValue(from, "partnering.profile.available.outsideWindow", window, null);
					inside = false;
				}
				if (instant(event, row.getUntil()).isAfter(event.getWindowEndsAt())) {
					errors.rejectValue(until, "partnering.profile.available.outsideWindow", window, null);
					inside = false;
				}
				if (inside) {
					valid.add(i);
				}
			}
		}
		if (!any) {
			errors.rejectValue(FIELD, "partnering.profile.available.required");
			return;
		}
		// Each period that overlaps one typed above it is marked, naming the other.
		for (int k = 0; k < valid.size(); k++) {
			FreeTime row = rows.get(valid.get(k));
			for (int j = 0; j < k; j++) {
				FreeTime earlier = rows.get(valid.get(j));
				if (row.getFrom().isBefore(earlier.getUntil()) && earlier.getFrom().isBefore(row.getUntil())) {
					errors.rejectValue(FIELD + "[" + valid.get(k) + "].from", "partnering.profile.available.overlap",
							new Object[] { earlier.getFrom().toString(), earlier.getUntil().toString() }, null);
					break;
				}
			}
		}
	}

	/** The periods of rows that passed {@link #check}, in order. */
	static List<Availability> periods(PartneringEvent event, List<FreeTime> rows) {
		return rows.stream()
			.filter(row -> row != null && !row.isBlank())
			.map(row -> new Availability(instant(event, row.getFrom()), instant(event, row.getUntil())))
			.sorted(Comparator.comparing(Availability::startsAt))
			.toList();
	}

	/** The saved periods as the form shows them. */
	static List<FreeTime> rows(List<Availability> periods) {
		List<FreeTime> rows = new ArrayList<>();
		for (Availability period : periods) {
			rows.add(new FreeTime(time(period.startsAt()), time(period.endsAt())));
		}
		return rows;
	}

	static LocalTime time(Instant instant) {
		return instant.atZone(BrusselsTime.ZONE).toLocalTime();
	}

	/** A time of the window's day in Brussels. */
	static Instant instant(PartneringEvent event, LocalTime time) {
		LocalDate day = event.getWindowStartsAt().atZone(BrusselsTime.ZONE).toLocalDate();
		return day.atTime(time).atZone(BrusselsTime.ZONE).toInstant();
	}
}
