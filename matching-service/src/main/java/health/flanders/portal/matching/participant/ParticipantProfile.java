package health.flanders.portal.matching.participant;

import java.util.Set;

/**
 * What the ranking knows of a participant: the codes of the call's goals they target, what they offer and what they
 * look for, and (for a participant seen by another) whether they would close a gap of the viewer's consortium: the
 * first research and technology organisation, or an independent Flemish enterprise while there are too few. The
 * caller decides the gaps with the call's eligibility rule.
 */
public record ParticipantProfile(long id, Set<String> goals, String offers, String looksFor, boolean closesRtoGap,
		boolean closesEnterpriseGap) {

	public ParticipantProfile {
		goals = Set.copyOf(goals);
		offers = offers == null ? "" : offers;
		looksFor = looksFor == null ? "" : looksFor;
	}
}
