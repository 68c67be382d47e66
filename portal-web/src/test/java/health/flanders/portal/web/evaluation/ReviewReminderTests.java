package health.flanders.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import health.flanders.portal.web.system.BrusselsTime;

/** When a reminder of the review deadline is due, by the rule alone. */
class ReviewReminderTests {

	private static final Instant DEADLINE = brussels("2027-06-15T17:00");

	@Test
	void nothingIsDueBeforeThreeDaysOut() {
		assertThat(ReviewReminder.dueAt(DEADLINE.minus(Duration.ofDays(3)).minusSeconds(1), DEADLINE)).isEmpty();
	}

	@Test
	void theThreeDayReminderIsDueFromItsMomentUntilTheDeadline() {
		assertThat(ReviewReminder.dueAt(DEADLINE.minus(Duration.ofDays(3)), DEADLINE)).contains(ReviewReminder.THREE_DAYS);
		assertThat(ReviewReminder.dueAt(DEADLINE.minusSeconds(1), DEADLINE)).contains(ReviewReminder.THREE_DAYS);
	}

	@Test
	void fromTheDeadlineOnOnlyTheOverdueReminderIsDue() {
		assertThat(ReviewReminder.dueAt(DEADLINE, DEADLINE)).contains(ReviewReminder.OVERDUE);
		assertThat(ReviewReminder.dueAt(DEADLINE.plus(Duration.ofDays(20)), DEADLINE)).contains(ReviewReminder.OVERDUE);
	}

	@Test
	void threeDaysBeforeAreCalendarDaysInBrusselsAcrossTheChangeToSummerTime() {
		// Summer time starts on Sunday 28 March 2027: three calendar days before Tuesday 17:00 is Saturday 17:00, 71 hours.
		Instant deadline = brussels("2027-03-30T17:00");

		assertThat(ReviewReminder.threeDaysBefore(deadline)).isEqualTo(brussels("2027-03-27T17:00"));
		assertThat(Duration.between(ReviewReminder.threeDaysBefore(deadline), deadline)).hasHours(71);
	}

	private static Instant brussels(String localTime) {
		return LocalDateTime.parse(localTime).atZone(BrusselsTime.ZONE).toInstant();
	}
}
