package health.flanders.portal.call.evaluation;

/**
 * Where the decision put a proposal: funded above the funding line, on the reserve list below it, out for a score
 * under a threshold, or dropped out of the ranking.
 */
public enum FundingOutcome {
	FUNDED, RESERVE, OUT, DROPPED
}
