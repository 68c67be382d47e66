package health.flanders.portal.matching.embedding;

/** What a stored vector is the meaning of: one of a registry profile's texts, or a proposal's text. */
public enum VectorSubject {

	/** An organisation's name, keywords and description. */
	ORGANISATION_DESCRIPTION,

	/** What an organisation offers. */
	ORGANISATION_OFFER,

	/** A proposal's title, abstract, medical need and goals. */
	PROPOSAL
}
