package health.flanders.portal.call.proposal;

/** Where a proposal stands, from the first draft to the funding decision. */
public enum ProposalStatus {
	DRAFT,
	SUBMITTED,
	WITHDRAWN,
	IN_EVALUATION,
	FUNDED,
	NOT_FUNDED
}
