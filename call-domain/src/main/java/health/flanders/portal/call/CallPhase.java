package health.flanders.portal.call;

import java.time.Instant;

/**
 * Where a call stands at an instant. The stored {@link CallStatus} says what people decided; a published call is
 * {@link #PUBLISHED} (readable, "opens on …") before its opening, {@link #OPEN} until its deadline and {@link #CLOSED}
 * from the deadline on, by the clock alone, so that no job is needed and every reader agrees at every instant.
 */
public enum CallPhase {
	DRAFT,
	PUBLISHED,
	OPEN,
	CLOSED,
	IN_EVALUATION,
	DECIDED;

	/** The phase of a call with this status and these instants, at {@code now}. */
	public static CallPhase of(CallStatus status, Instant opensAt, Instant deadline, Instant now) {
		return switch (status) {
			case DRAFT -> DRAFT;
			case PUBLISHED -> now.isBefore(opensAt) ? PUBLISHED : now.isBefore(deadline) ? OPEN : CLOSED;
			case IN_EVALUATION -> IN_EVALUATION;
			case DECIDED -> DECIDED;
		};
	}

	/** Whether the public may read the call. */
	public boolean isPublic() {
		return this != DRAFT;
	}

	/** Whether proposals can be started and submitted. */
	public boolean takesProposals() {
		return this == OPEN;
	}

	/** Open calls first, then upcoming ones, then those past their deadline: the order lists show calls in. */
	public int listOrder() {
		return switch (this) {
			case OPEN -> 0;
			case PUBLISHED -> 1;
			case CLOSED, IN_EVALUATION -> 2;
			case DECIDED -> 3;
			case DRAFT -> 4;
		};
	}
}
