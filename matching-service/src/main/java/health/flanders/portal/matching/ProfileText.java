package health.flanders.portal.matching;

import health.flanders.portal.matching.embedding.VectorSubject;

/**
 * The texts of a registry profile that the matcher reads for their meaning, each embedded on its own so that a reason
 * can say which of them reads closest to a proposal: what the organisation is and does (its name, keywords and
 * description) and what it offers.
 */
public enum ProfileText {

	DESCRIPTION("meaning_description", VectorSubject.ORGANISATION_DESCRIPTION),

	OFFER("meaning_offer", VectorSubject.ORGANISATION_OFFER);

	private final String field;

	private final VectorSubject subject;

	ProfileText(String field, VectorSubject subject) {
		this.field = field;
		this.subject = subject;
	}

	/** What its stored vectors are filed under in PostgreSQL. */
	public VectorSubject subject() {
		return subject;
	}

	/** The part whose vectors are filed under this subject; {@code null} for a proposal's. */
	public static ProfileText of(VectorSubject subject) {
		for (ProfileText part : values()) {
			if (part.subject == subject) {
				return part;
			}
		}
		return null;
	}

	/** The text of this part as it is embedded; blank when the profile has none (nothing to embed). */
	public String of(RegistryEntry entry) {
		return switch (this) {
			case DESCRIPTION -> entry.name() + "\n" + String.join("; ", entry.keywords()) + "\n" + entry.description();
			case OFFER -> entry.offers();
		};
	}

	/** The Lucene vector field that holds this part's embedding. */
	String field() {
		return field;
	}
}
