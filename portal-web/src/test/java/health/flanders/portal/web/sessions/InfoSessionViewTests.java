package health.flanders.portal.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.session.SessionFormat;

/** The order in which pages and the API list information sessions. */
class InfoSessionViewTests {

	static final Instant NOW = Instant.parse("2027-05-21T12:30:00Z");

	static InfoSessionView session(long id, String title, Instant startsAt) {
		return new InfoSessionView(id, title, startsAt, startsAt.plus(Duration.ofHours(2)), SessionFormat.ONLINE, null,
				null, 100, null, 100, null, false, null, null);
	}

	@Test
	void upcomingSessionsComeFirstTheSoonestFirstThenPastOnesTheLatestFirst() {
		List<InfoSessionView> sessions = List.of(session(1, "May 2019", Instant.parse("2019-05-14T12:00:00Z")),
				session(2, "Next month", NOW.plus(Duration.ofDays(30))),
				session(3, "Last week", NOW.minus(Duration.ofDays(7))),
				session(4, "Running now", NOW.minus(Duration.ofHours(1))),
				session(5, "Tomorrow", NOW.plus(Duration.ofDays(1))),
				session(6, "Ended a moment ago", NOW.minus(Duration.ofHours(2))));

		assertThat(sessions.stream().sorted(InfoSessionView.upcomingFirst(NOW)).map(InfoSessionView::title))
			.containsExactly("Running now", "Tomorrow", "Next month", "Ended a moment ago", "Last week", "May 2019");
	}

	@Test
	void aSessionIsPastFromTheMomentItEnds() {
		InfoSessionView session = session(1, "Now", NOW.minus(Duration.ofHours(2)));
		assertThat(session.isPast(NOW)).isTrue();
		assertThat(session.isPast(NOW.minusSeconds(1))).isFalse();
	}
}
