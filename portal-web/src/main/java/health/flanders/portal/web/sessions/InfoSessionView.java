package health.flanders.portal.web.sessions;

import java.time.Instant;
import java.util.Comparator;

import health.flanders.portal.call.session.SessionFormat;

/**
 * An information session as pages and the API show it. {@code capacity} is the room's seats (or the online seats of
 * an online session), {@code onlineCapacity} the online seats of a hybrid one; {@code seatsLeft} counts both.
 */
public record InfoSessionView(long id, String title, Instant startsAt, Instant endsAt, SessionFormat format,
		String venue, String address, int capacity, Integer onlineCapacity, int seatsLeft,
		Instant registrationDeadline, boolean cancelled, Long callId, String callTitle) {

	/** Whether the session is over at this instant: past from its end on, upcoming until then. */
	public boolean isPast(Instant now) {
		return !endsAt.isAfter(now);
	}

	/**
	 * The order pages and the API list sessions in: the upcoming ones first, the soonest first; then the past ones,
	 * the latest first.
	 */
	public static Comparator<InfoSessionView> upcomingFirst(Instant now) {
		return Comparator.comparing((InfoSessionView session) -> session.isPast(now))
			.thenComparing((a, b) -> a.isPast(now) ? b.startsAt().compareTo(a.startsAt())
					: a.startsAt().compareTo(b.startsAt()))
			.thenComparingLong(InfoSessionView::id);
	}

	/** Whether people can register at this instant (a full session still takes registrations, for its waiting list). */
	public boolean isOpenForRegistration(Instant now) {
		Instant closes = registrationDeadline != null && registrationDeadline.isBefore(startsAt) ? registrationDeadline
				: startsAt;
		return !cancelled && now.isBefore(closes);
	}
}
