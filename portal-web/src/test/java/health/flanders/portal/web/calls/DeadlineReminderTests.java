package health.flanders.portal.web.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import health.flanders.portal.web.system.BrusselsTime;

class DeadlineReminderTests {

	private static final Instant DEADLINE = brussels("2027-06-15T17:00");

	private static final Instant LONG_BEFORE = DEADLINE.minus(Duration.ofDays(60));

	@Test
	void nothingIsDueMoreThanSevenDaysBefore() {
		assertThat(DeadlineReminder.dueAt(brussels("2027-06-08T16:59"), DEADLINE, LONG_BEFORE)).isEmpty();
	}

	@Test
	void theSevenDayReminderIsDueFromSevenDaysBeforeUntilOneDayBefore() {
		assertThat(DeadlineReminder.dueAt(brussels("2027-06-08T17:00"), DEADLINE, LONG_BEFORE))
			.contains(DeadlineReminder.SEVEN_DAYS);
		assertThat(DeadlineReminder.dueAt(brussels("2027-06-14T16:59"), DEADLINE, LONG_BEFORE))
			.contains(DeadlineReminder.SEVEN_DAYS);
	}

	@Test
	void theOneDayReminderIsDueInTheLastDayAndNeverAStaleSevenDayOne() {
		assertThat(DeadlineReminder.dueAt(brussels("2027-06-14T17:00"), DEADLINE, LONG_BEFORE))
			.contains(DeadlineReminder.ONE_DAY);
		assertThat(DeadlineReminder.dueAt(DEADLINE.minusSeconds(1), DEADLINE, LONG_BEFORE))
			.contains(DeadlineReminder.ONE_DAY);
	}

	@Test
	void nothingIsDueFromTheDeadlineOn() {
		assertThat(DeadlineReminder.dueAt(DEADLINE, DEADLINE, LONG_BEFORE)).isEmpty();
		assertThat(DeadlineReminder.dueAt(DEADLINE.plus(Duration.ofDays(3)), DEADLINE, LONG_BEFORE)).isEmpty();
	}

	@Test
	void aDraftStartedAfterTheSevenDayMarkGetsOnlyTheOneDayReminder() {
		Instant threeDaysBefore = DEADLINE.minus(Duration.ofDays(3));
		assertThat(DeadlineReminder.dueAt(threeDaysBefore.plusSeconds(300), DEADLINE, threeDaysBefore)).isEmpty();
		assertThat(DeadlineReminder.dueAt(brussels("2027-06-14T17:00"), DEADLINE, threeDaysBefore))
			.contains(DeadlineReminder.ONE_DAY);
	}

	@Test
	void aDraftStartedAtAMarkStillGetsThatReminder() {
		Instant mark = brussels("2027-06-08T17:00");
		assertThat(DeadlineReminder.dueAt(mark.plusSeconds(300), DEADLINE, mark)).contains(DeadlineReminder.SEVEN_DAYS);
	}

	@Test
	void aDraftStartedInTheLastDayGetsNoReminder() {
		Instant twelveHoursBefore = DEADLINE.minus(Duration.ofHours(12));
		assertThat(DeadlineReminder.dueAt(twelveHoursBefore.plusSeconds(300), DEADLINE, twelveHoursBefore)).isEmpty();
	}

	@Test
	void theMarksKeepTheDeadlinesTimeOfDayInBrusselsAcrossTheChangeToSummerTime() {
		// Summer time begins on 28 March 2027: a week before 17:00 on 1 April is 17:00 on 25 March, 167 hours earlier.
		Instant deadline = brussels("2027-04-01T17:00");
		assertThat(DeadlineReminder.SEVEN_DAYS.markBefore(deadline)).isEqualTo(brussels("2027-03-25T17:00"));
		assertThat(Duration.between(DeadlineReminder.SEVEN_DAYS.markBefore(deadline), deadline)).hasHours(167);
		assertThat(DeadlineReminder.ONE_DAY.markBefore(brussels("2027-03-28T17:00")))
			.isEqualTo(brussels("2027-03-27T17:00"));
	}

	private static Instant brussels(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BrusselsTime.ZONE).toInstant();
	}
}
