package health.flanders.portal.matching.partnering;

/**
 * Why a meeting cannot be moved by hand to a slot and table. {@code participantId} names the participant concerned
 * (for {@link Reason#PARTICIPANT_UNAVAILABLE} and {@link Reason#PARTICIPANT_BUSY}) and {@code otherRequestId} the
 * meeting in the way (for {@link Reason#PARTICIPANT_BUSY} and {@link Reason#TABLE_TAKEN}); each is null otherwise.
 */
public record MoveRefusal(Reason reason, Long participantId, Long otherRequestId) {

	public enum Reason {
		/** The request is not one of the problem's accepted requests. */
		UNKNOWN_MEETING,
		/** The slot is outside the partnering window. */
		NO_SUCH_SLOT,
		/** The table is not one of the room's. */
		NO_SUCH_TABLE,
		/** One of the two participants is not free in that slot. */
		PARTICIPANT_UNAVAILABLE,
		/** One of the two participants already has another meeting in that slot. */
		PARTICIPANT_BUSY,
		/** Another meeting has that table in that slot. */
		TABLE_TAKEN
	}

	static MoveRefusal of(Reason reason) {
		return new MoveRefusal(reason, null, null);
	}
}
