package health.flanders.portal.call;

/**
 * What staff decided about a call: a draft, published, in evaluation or decided. Whether a published call is open or
 * closed follows from the clock: see {@link CallPhase}.
 */
public enum CallStatus {
	DRAFT,
	PUBLISHED,
	IN_EVALUATION,
	DECIDED
}
