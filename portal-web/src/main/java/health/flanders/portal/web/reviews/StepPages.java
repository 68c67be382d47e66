package health.flanders.portal.web.reviews;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;

/**
 * The pages of the steps before reading: the answer to the assignment, the declaration of conflicts and the call's
 * confidentiality undertaking. They show the proposal's acronym, title and consortium, never its text.
 */
@Component
class StepPages {

	private final ProposalRepository proposals;

	StepPages(ProposalRepository proposals) {
		this.proposals = proposals;
	}

	/** The page of the step the reviewer is at, keeping a form the model holds already (with its errors). */
	@Transactional(readOnly = true)
	String show(ReviewerWorklist.Line line, Model model) {
		model.addAttribute("proposal", proposals.findWithMembersById(line.proposalId())
			.orElseThrow(() -> new ProposalNotFoundException(line.proposalId())));
		return switch (line.step()) {
			case RESPOND -> {
				if (!model.containsAttribute("decline")) {
					model.addAttribute("decline", new DeclineForm());
				}
				yield "reviews/respond";
			}
			case DECLARE -> {
				if (!model.containsAttribute("declaration")) {
					model.addAttribute("declaration", new DeclarationForm());
				}
				yield "reviews/declare";
			}
			case UNDERTAKE -> "reviews/undertaking";
			default -> throw new IllegalArgumentException("Not a step before reading: " + line.step());
		};
	}
}
