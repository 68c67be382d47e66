package health.flanders.portal.web.evaluation;

import java.time.Instant;
import java.util.Optional;

import health.flanders.portal.web.system.BrusselsTime;

/**
 * The reminders of a call's review deadline that a reviewer with unfinished reviews gets: three calendar days before
 * it (at its Brussels time of day, summer or winter time), and once it has passed. Only the latest whose moment has
 * come is due: a job that was down over the deadline sends the overdue reminder, not a stale three-day one beside it.
 */
enum ReviewReminder {

	// In the order of their moments, the earliest first.
	THREE_DAYS,
	OVERDUE;

	private static final int DAYS_BEFORE = 3;

	/** The reminder due at {@code now} for a review deadline, if its moment has come. */
	static Optional<ReviewReminder> dueAt(Instant now, Instant deadline) {
		if (!now.isBefore(deadline)) {
			return Optional.of(OVERDUE);
		}
		if (!now.isBefore(threeDaysBefore(deadline))) {
			return Optional.of(THREE_DAYS);
		}
		return Optional.empty();
	}

	/** The moment of the first reminder: three calendar days before the deadline, in Brussels. */
	static Instant threeDaysBefore(Instant deadline) {
		return deadline.atZone(BrusselsTime.ZONE).minusDays(DAYS_BEFORE).toInstant();
	}
}
