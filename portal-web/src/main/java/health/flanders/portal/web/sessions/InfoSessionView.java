package health.flanders.portal.web.sessions;

import java.time.Instant;

import health.flanders.portal.call.session.SessionFormat;

/**
 * An information session as pages and the API show it. {@code seatsLeft} is the capacity less the seats taken;
 * no registration is taken yet, so every seat is left.
 */
public record InfoSessionView(long id, String title, Instant startsAt, Instant endsAt, SessionFormat format,
		String venue, String address, int capacity, int seatsLeft, Long callId, String callTitle) {

	public boolean isPast(Instant now) {
		return !endsAt.isAfter(now);
	}
}
