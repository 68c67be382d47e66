package health.flanders.portal.call.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** An information session's own rules about time: when it is past, and what may no longer happen then. */
class InfoSessionTests {

	static final Instant STARTS = Instant.parse("2019-05-14T12:00:00Z");

	static final Instant ENDS = STARTS.plus(Duration.ofHours(2));

	static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	static InfoSession session() {
		return new InfoSession(null, "Brussels", STARTS, ENDS, SessionFormat.IN_PERSON, "Conscience Building",
				"Koning Albert II-laan 15, 1210 Brussels", null, 2, at(STARTS.minus(Duration.ofDays(30))));
	}

	@Test
	void aSessionIsUpcomingUntilItEndsAndPastFromItsEndOn() {
		InfoSession session = session();
		assertThat(session.hasEnded(STARTS.plus(Duration.ofMinutes(30)))).isFalse();
		assertThat(session.hasEnded(ENDS.minusSeconds(1))).isFalse();
		assertThat(session.hasEnded(ENDS)).isTrue();
	}

	@Test
	void cancellingASessionThatHasEndedIsRefusedInWords() {
		InfoSession session = session();
		assertThatThrownBy(() -> session.cancel(at(ENDS.plus(Duration.ofDays(400)))))
			.isInstanceOf(SessionChangeRefusedException.class)
			.hasMessage("A session that has ended cannot be cancelled")
			.extracting(refusal -> ((SessionChangeRefusedException) refusal).code())
			.isEqualTo("session.refused.cancel.ended");
		assertThat(session.getCancelledAt()).isNull();
	}

	@Test
	void aSessionThatHasNotEndedCanBeCancelledOnceEvenWhileItRuns() {
		InfoSession session = session();
		Instant whileItRuns = STARTS.plus(Duration.ofMinutes(10));
		session.cancel(at(whileItRuns));
		session.cancel(at(ENDS.plus(Duration.ofDays(1))));
		assertThat(session.getCancelledAt()).isEqualTo(whileItRuns);
	}

	@Test
	void freeSeatsGoToTheWaitingListOnlyWhileTheSessionIsNeitherCancelledNorOver() {
		InfoSession session = session();
		Instant before = STARTS.minus(Duration.ofDays(1));
		assertThat(session.takesFromWaitingList(before)).isTrue();
		assertThat(session.takesFromWaitingList(ENDS)).isFalse();
		session.cancel(at(before));
		assertThat(session.takesFromWaitingList(before)).isFalse();
	}
}
