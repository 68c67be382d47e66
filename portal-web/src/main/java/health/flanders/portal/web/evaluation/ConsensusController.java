package health.flanders.portal.web.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The evaluation of one proposal for staff: the reviews' scores per criterion with their statistics, the consensus
 * form, and the conflicts of interest with the form to add or lift one. A refusal (the call decided, a stale form)
 * goes back to the page through the refusal advice.
 */
@Controller
class ConsensusController {

	private final ProposalRepository proposals;

	private final EvaluationSettings settings;

	private final Consensus consensus;

	private final ReviewerConflicts conflicts;

	private final ReviewerProfiles profiles;

	ConsensusController(ProposalRepository proposals, EvaluationSettings settings, Consensus consensus,
			ReviewerConflicts conflicts, ReviewerProfiles profiles) {
		this.proposals = proposals;
		this.settings = settings;
		this.consensus = consensus;
		this.conflicts = conflicts;
		this.profiles = profiles;
	}

	@GetMapping("/staff/proposals/{id}/evaluation")
	String page(@PathVariable long id, Model model) {
		Proposal proposal = evaluated(id);
		EvaluationSettings.Settings call = settings.of(proposal.getCall().getId());
		List<Consensus.Line> lines = consensus.of(id, call.criteria());
		model.addAttribute("proposal", proposal);
		model.addAttribute("call", call);
		model.addAttribute("lines", lines);
		model.addAttribute("conflicts", conflicts.ofProposal(id));
		model.addAttribute("reviewers", profiles.reviewers());
		if (!model.containsAttribute("consensusForm")) {
			model.addAttribute("consensusForm", ConsensusForm.of(lines, consensus.stamp(id)));
		}
		if (!model.containsAttribute("rulingForm")) {
			model.addAttribute("rulingForm", new RulingForm());
		}
		return "evaluation/consensus";
	}

	@PostMapping("/staff/proposals/{id}/consensus")
	String record(@PathVariable long id, @ModelAttribute("consensusForm") ConsensusForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect) {
		Proposal proposal = evaluated(id);
		Map<Long, Consensus.Agreed> agreed = form.agreed(settings.of(proposal.getCall().getId()).criteria(), result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		consensus.record(id, agreed, form.getStamp() == null ? "" : form.getStamp(), staff.id(), staff.email());
		redirect.addFlashAttribute("recorded", true);
		return "redirect:/staff/proposals/" + id + "/evaluation";
	}

	@PostMapping("/staff/proposals/{id}/conflicts")
	String rule(@PathVariable long id, @ModelAttribute("rulingForm") RulingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect) {
		evaluated(id);
		form.validate(profiles.reviewers(), result);
		if (result.hasErrors()) {
			return page(id, model);
		}
		conflicts.rule(id, form.getReviewerId(), form.getInConflict(), form.getReason(), staff.id(), staff.email());
		redirect.addFlashAttribute("ruled", true);
		return "redirect:/staff/proposals/" + id + "/evaluation#conflicts";
	}

	private Proposal evaluated(long id) {
		return proposals.findWithMembersById(id)
			.filter(Proposal::hasBeenSubmitted)
			.orElseThrow(() -> new ProposalNotFoundException(id));
	}
}
