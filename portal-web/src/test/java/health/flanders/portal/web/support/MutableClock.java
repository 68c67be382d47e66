package health.flanders.portal.web.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that runs with the system until a test sets it to an instant, and goes back to the system when reset. */
public class MutableClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	public void setInstant(Instant instant) {
		fixed.set(instant);
	}

	public void reset() {
		fixed.set(null);
	}

	@Override
	public Instant instant() {
		Instant instant = fixed.get();
		return instant != null ? instant : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}
}
