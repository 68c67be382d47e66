package health.flanders.portal.matching.embedding;

/** What a stored vector is the meaning of: one of a registry profile's texts, or a proposal's text. */
public enum VectorSubject {

	/** An organisation's name, keywords and description. */
	ORGANISATION_DESCRIPTION("organisations"),

	/** What an organisation offers. */
	ORGANISATION_OFFER("organisations"),

	/** A proposal's title, abstract and medical need. */
	PROPOSAL("proposals");

	private final String table;

	VectorSubject(String table) {
		this.table = table;
	}

	/** The table whose row the subject id names: its vectors live and go with that row (migration V39). */
	String table() {
		return table;
	}
}
