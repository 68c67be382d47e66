package health.flanders.portal.matching.participant;

import java.util.List;

/** Another participant as suggested to a viewer, with its score and the reasons a person can check. */
public record ParticipantSuggestion(long participantId, double score, List<Reason> reasons) {

	public ParticipantSuggestion {
		reasons = List.copyOf(reasons);
	}

	/** Why; {@code detail} holds the goal codes or the words, empty for a gap. */
	public record Reason(Kind kind, String detail) {
	}

	public enum Kind {
		/** "targets goals 1a, 2b as you do" */
		SHARED_GOALS,
		/** "offers what you look for: sequencing, biobank" */
		OFFERS_WHAT_YOU_LOOK_FOR,
		/** "looks for what you offer: pharmacogenomics" */
		LOOKS_FOR_WHAT_YOU_OFFER,
		/** Would be the first research and technology organisation of your consortium. */
		FIRST_RTO,
		/** An independent Flemish enterprise while your consortium has too few. */
		INDEPENDENT_FLEMISH_ENTERPRISE
	}
}
