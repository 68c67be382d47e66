package health.flanders.portal.web.calls;

import java.time.Instant;
import java.util.Optional;

import health.flanders.portal.web.system.BrusselsTime;

/**
 * The reminders of a call's deadline that the lead applicant of a draft gets, each from its mark (so many days before
 * the deadline, at the deadline's time of day in Brussels, summer or winter time) until the next reminder's mark.
 * Only the reminder whose mark passed last is due: a job that was down for the whole week never sends the week's
 * reminder late, in the last day, beside the last day's. A draft started after a mark did not exist when that reminder
 * was meant to leave, and its applicant saw the deadline when starting it: it gets only the reminders still ahead.
 */
enum DeadlineReminder {

	// In the order of their marks, the earliest first.
	SEVEN_DAYS(7),
	ONE_DAY(1);

	private final int daysBefore;

	DeadlineReminder(int daysBefore) {
		this.daysBefore = daysBefore;
	}

	/** The reminder due at {@code now} for a draft started at {@code startedAt} on a call closing at {@code deadline}. */
	static Optional<DeadlineReminder> dueAt(Instant now, Instant deadline, Instant startedAt) {
		if (!now.isBefore(deadline)) {
			return Optional.empty();
		}
		DeadlineReminder latestPassed = null;
		for (DeadlineReminder reminder : values()) {
			if (!now.isBefore(reminder.markBefore(deadline))) {
				latestPassed = reminder;
			}
		}
		return Optional.ofNullable(latestPassed).filter(reminder -> !startedAt.isAfter(reminder.markBefore(deadline)));
	}

	/** The instant this reminder is meant to leave: so many calendar days before the deadline, in Brussels. */
	Instant markBefore(Instant deadline) {
		return deadline.atZone(BrusselsTime.ZONE).minusDays(daysBefore).toInstant();
	}
}
