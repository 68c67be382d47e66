package health.flanders.portal.call.proposal;

import java.util.ArrayList;
import java.util.List;

/** What a proposal's text and consortium must hold before it can be submitted (its files are checked beside it). */
public final class SubmissionChecklist {

	private SubmissionChecklist() {
	}

	/** What the proposal still lacks before it can be submitted, in the order of the form. */
	public static List<MissingItem> of(Proposal proposal) {
		List<MissingItem> missing = new ArrayList<>();
		if (proposal.getTitle().isBlank()) {
			missing.add(MissingItem.TITLE);
		}
		if (proposal.getAbstractText().isBlank()) {
			missing.add(MissingItem.ABSTRACT);
		}
		if (proposal.getGoals().isEmpty()) {
			missing.add(MissingItem.GOALS);
		}
		if (proposal.getDiseaseArea() == null || proposal.getDiseaseArea().isBlank()) {
			missing.add(MissingItem.DISEASE_AREA);
		}
		if (proposal.getMedicalNeed().isBlank()) {
			missing.add(MissingItem.MEDICAL_NEED);
		}
		if (proposal.getEconomicImpact().isBlank()) {
			missing.add(MissingItem.ECONOMIC_IMPACT);
		}
		if (proposal.getSocietalImpact().isBlank()) {
			missing.add(MissingItem.SOCIETAL_IMPACT);
		}
		if (proposal.getDurationMonths() == null) {
			missing.add(MissingItem.DURATION);
		}
		if (proposal.getMembers().isEmpty()) {
			missing.add(MissingItem.MEMBERS);
		}
		else if (proposal.getMembers().stream().noneMatch(ConsortiumMember::isCoordinator)) {
			missing.add(MissingItem.COORDINATOR);
		}
		if (proposal.getMembers().stream().anyMatch(member -> member.getRequestedBudgetEur() == null)) {
			missing.add(MissingItem.BUDGETS);
		}
		return missing;
	}
}
