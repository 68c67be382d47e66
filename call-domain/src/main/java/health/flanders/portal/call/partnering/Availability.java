package health.flanders.portal.call.partnering;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A period in which a participant is free for meetings. */
@Embeddable
public record Availability(@Column(name = "starts_at", nullable = false) Instant startsAt,
		@Column(name = "ends_at", nullable = false) Instant endsAt) {

	public Availability {
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}
}
