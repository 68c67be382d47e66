package health.flanders.portal.matching;

import java.util.Set;

/**
 * What the matcher knows of a proposal: its words (title, abstract, goals, medical need), its disease area (an ICD-10
 * chapter, or {@code null}), the organisations already in its consortium and their groups (all left out), the gaps
 * its consortium has against the call's minimums, and the vector of its text's meaning (computed when the text was
 * saved; {@code null} while it is not known, and the matcher then reads the words alone).
 */
public record MatchRequest(String text, String diseaseArea, Set<Long> memberIds, Set<String> memberGroups,
		boolean needsRto, int enterprisesMissing, float[] meaning) {

	public MatchRequest(String text, String diseaseArea, Set<Long> memberIds, Set<String> memberGroups,
			boolean needsRto, int enterprisesMissing) {
		this(text, diseaseArea, memberIds, memberGroups, needsRto, enterprisesMissing, null);
	}

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

	/** The same request with the vector of its text's meaning. */
	public MatchRequest withMeaning(float[] vector) {
		return new MatchRequest(text, diseaseArea, memberIds, memberGroups, needsRto, enterprisesMissing, vector);
	}
}
