package health.flanders.portal.matching;

import java.util.Set;

/**
 * What the matcher knows of a proposal: its words (title, abstract, goals, medical need), its disease area (an ICD-10
 * chapter, or {@code null}), the organisations already in its consortium and their groups (all left out), and the gaps
 * its consortium has against the call's minimums.
 */
public record MatchRequest(String text, String diseaseArea, Set<Long> memberIds, Set<String> memberGroups,
		boolean needsRto, int enterprisesMissing) {

	public MatchRequest {
		text = text == null ? "" : text;
		memberIds = Set.copyOf(memberIds);
		memberGroups = memberGroups.stream()
			.map(RegistryEntry::groupKey)
			.filter(group -> !group.isEmpty())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** A request on the words alone: no consortium yet and no gap to close. */
	public static MatchRequest ofText(String text, String diseaseArea) {
		return new MatchRequest(text, diseaseArea, Set.of(), Set.of(), false, 0);
	}
}
