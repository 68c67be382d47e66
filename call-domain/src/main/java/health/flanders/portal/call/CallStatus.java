package health.flanders.portal.call;

/** Where a call stands in its life: only an open call takes proposals. */
public enum CallStatus {
	DRAFT,
	OPEN,
	CLOSED,
	IN_EVALUATION,
	DECIDED;

	/** Whether the public may read the call. */
	public boolean isPublished() {
		return this != DRAFT;
	}
}
