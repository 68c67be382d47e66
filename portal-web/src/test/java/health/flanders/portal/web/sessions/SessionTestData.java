package health.flanders.portal.web.sessions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.support.TestData;

/** Information sessions for the registration tests, each with its own title. */
@TestComponent
class SessionTestData {

	private final InfoSessionRepository sessions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SessionTestData(InfoSessionRepository sessions, TransactionTemplate transaction, Clock clock) {
		this.sessions = sessions;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** A session in a room, a week from now, with this many seats. */
	InfoSession inPerson(int seats) {
		Instant start = clock.instant().plus(Duration.ofDays(7));
		return sessions.save(new InfoSession(null, "Session " + TestData.unique(), start, start.plus(Duration.ofHours(2)),
				SessionFormat.IN_PERSON, "Provinciehuis Leuven", "Provincieplein 1, 3010 Leuven", null, seats, clock));
	}

	/** A hybrid session, a week from now, with these seats in the room and online. */
	InfoSession hybrid(int roomSeats, int onlineSeats) {
		return transaction.execute(status -> {
			Instant start = clock.instant().plus(Duration.ofDays(7));
			InfoSession session = new InfoSession(null, "Hybrid " + TestData.unique(), start,
					start.plus(Duration.ofHours(2)), SessionFormat.HYBRID, "Conscience Building",
					"Koning Albert II-laan 15, 1210 Brussels", "https://webinar.example.org/icon", roomSeats, clock);
			session.offerOnlineSeats(onlineSeats);
			return sessions.save(session);
		});
	}

	/** An online session at this instant, with this many seats and this link to join. */
	InfoSession online(Instant start, int seats, String link) {
		return sessions.save(new InfoSession(null, "Online " + TestData.unique(), start, start.plus(Duration.ofHours(2)),
				SessionFormat.ONLINE, null, null, link, seats, clock));
	}

	/** A session whose registration closed an hour ago (it starts tomorrow). */
	InfoSession closed() {
		return transaction.execute(status -> {
			Instant start = clock.instant().plus(Duration.ofDays(1));
			InfoSession session = new InfoSession(null, "Closed " + TestData.unique(), start,
					start.plus(Duration.ofHours(2)), SessionFormat.ONLINE, null, null, "https://webinar.example.org/x",
					50, clock);
			session.closeRegistrationAt(clock.instant().minus(Duration.ofHours(1)));
			return sessions.save(session);
		});
	}
}
