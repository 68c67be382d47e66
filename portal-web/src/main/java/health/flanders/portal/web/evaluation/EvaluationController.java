package health.flanders.portal.web.evaluation;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.CallChangeRefusedException;
import health.flanders.portal.web.security.SignedInUser;

/**
 * Staff set a call's evaluation up and assign its reviewers: the proposed optimal assignment with each pair's
 * affinity and each reviewer's load, changes by hand, and the release.
 */
@Controller
class EvaluationController {

	private final EvaluationSettings settings;

	private final ReviewerAssignments assignments;

	private final EvaluationStart evaluationStart;

	EvaluationController(EvaluationSettings settings, ReviewerAssignments assignments, EvaluationStart evaluationStart) {
		this.evaluationStart = evaluationStart;
		this.settings = settings;
		this.assignments = assignments;
	}

	@GetMapping("/staff/calls/{id}/evaluation")
	String page(@PathVariable long id, Model model) {
		ReviewerAssignments.Overview overview = assignments.overview(id);
		model.addAttribute("overview", overview);
		model.addAttribute("call", overview.settings());
		model.addAttribute("phase", evaluationStart.phaseOf(id));
		model.addAttribute("kinds", ReviewerKind.values());
		if (!model.containsAttribute("settingsForm")) {
			model.addAttribute("settingsForm", settings.formOf(overview.settings()));
		}
		return "evaluation/setup";
	}

	@PostMapping("/staff/calls/{id}/evaluation/settings")
	String saveSettings(@PathVariable long id, @Validated @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getRequiredKinds().size() > (form.getReviewersPerProposal() == null ? 0 : form.getReviewersPerProposal())) {
			result.rejectValue("requiredKinds", "evaluation.settings.tooManyKinds");
		}
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			settings.update(id, form);
		}
		catch (EvaluationRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.code());
			return "redirect:/staff/calls/" + id + "/evaluation";
		}
		redirect.addFlashAttribute("settingsSaved", true);
		return "redirect:/staff/calls/" + id + "/evaluation";
	}

	@PostMapping("/staff/calls/{id}/assignment")
	String propose(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		try {
			List<ReviewerAssignments.Gap> gaps = assignments.propose(id, staff.email());
			redirect.addFlashAttribute("proposed", true);
			redirect.addFlashAttribute("gaps", gaps);
		}
		catch (EvaluationRefusedException ex) {
			refuse(redirect, ex);
		}
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/assignment/pairs")
	String add(@PathVariable long id, @RequestParam long proposalId, @RequestParam long reviewerId,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		try {
			assignments.add(id, proposalId, reviewerId, staff.email());
			redirect.addFlashAttribute("changed", true);
		}
		catch (EvaluationRefusedException ex) {
			refuse(redirect, ex);
		}
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/assignment/pairs/remove")
	String remove(@PathVariable long id, @RequestParam long proposalId, @RequestParam long reviewerId,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		try {
			assignments.remove(id, proposalId, reviewerId, staff.email());
			redirect.addFlashAttribute("changed", true);
		}
		catch (EvaluationRefusedException ex) {
			refuse(redirect, ex);
		}
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/assignment/release")
	String release(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		try {
			assignments.release(id, staff.email());
			redirect.addFlashAttribute("released", true);
		}
		catch (EvaluationRefusedException ex) {
			refuse(redirect, ex);
		}
		catch (CallChangeRefusedException ex) {
			refuse(redirect, ex);
		}
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/evaluation/start")
	String start(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		try {
			evaluationStart.start(id, staff.email());
			redirect.addFlashAttribute("evaluationStarted", true);
		}
		catch (CallChangeRefusedException ex) {
			refuse(redirect, ex);
		}
		return "redirect:/staff/calls/" + id + "/evaluation";
	}

	private static void refuse(RedirectAttributes redirect, CallChangeRefusedException ex) {
		redirect.addFlashAttribute("refused", ex.code());
		redirect.addFlashAttribute("refusedArguments", new String[0]);
	}

	static void refuse(RedirectAttributes redirect, EvaluationRefusedException ex) {
		redirect.addFlashAttribute("refused", ex.code());
		redirect.addFlashAttribute("refusedArguments", ex.getArguments());
	}
}
