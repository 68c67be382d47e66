package health.flanders.portal.call.proposal;

import java.math.BigDecimal;
import java.util.List;

import health.flanders.portal.call.organisation.Organisation;

/**
 * What a proposal said in a submitted version: its texts, the codes of the goals it addressed and its consortium,
 * read back from the version's record so that a reopened proposal can return to it.
 */
public record SubmittedContent(String acronym, String title, String abstractText, String diseaseArea,
		String medicalNeed, String economicImpact, String societalImpact, Integer durationMonths,
		List<String> goalCodes, List<Member> members) {

	public SubmittedContent {
		goalCodes = List.copyOf(goalCodes);
		members = List.copyOf(members);
	}

	/** A member of the consortium as submitted. */
	public record Member(Organisation organisation, MemberRole role, BigDecimal requestedBudgetEur) {
	}
}
