package health.flanders.portal.matching.partnering;

/** An accepted request for a meeting between two participants (ids are the portal's participant ids). */
public record MeetingRequest(long id, long first, long second) {

	public MeetingRequest {
		if (first == second) {
			throw new IllegalArgumentException("A meeting needs two different participants, not " + first + " twice");
		}
	}

	/** Whether the participant is one of the two. */
	public boolean involves(long participant) {
		return first == participant || second == participant;
	}
}
