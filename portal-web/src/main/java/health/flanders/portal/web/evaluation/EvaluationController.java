package health.flanders.portal.web.evaluation;

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
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.PageOutOfRangeException;

/**
 * Staff set a call's evaluation up and assign its reviewers: the reviewer pool, the proposed optimal assignment with
 * each pair's affinity and each reviewer's load, the proposals it cannot cover and why, changes by hand, and the
 * release, which asks for a confirmation while proposals lack reviewers. Refusals go back to this page with their
 * reason ({@code RefusalAdvice}).
 */
@Controller
class EvaluationController {

	private final EvaluationSettings settings;

	private final AssignmentOverview overviews;

	private final ReviewerAssignments assignments;

	private final ReviewerPool pool;

	private final EvaluationStart evaluationStart;

	EvaluationController(EvaluationSettings settings, AssignmentOverview overviews, ReviewerAssignments assignments,
			ReviewerPool pool, EvaluationStart evaluationStart) {
		this.settings = settings;
		this.overviews = overviews;
		this.assignments = assignments;
		this.pool = pool;
		this.evaluationStart = evaluationStart;
	}

	/**
	 * The evaluation's setup; its table of proposals and their reviewers shows 50 proposals a page (a call of 600 is
	 * 1,800 pairs, each with its form). A page number that is not one or past the last answers 400.
	 */
	@GetMapping("/staff/calls/{id}/evaluation")
	String page(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") String pageParameter,
			Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		AssignmentOverview.Overview overview = overviews.of(id);
		if (page >= overview.table(page).pages()) {
			throw new PageOutOfRangeException(pageParameter);
		}
		return page(id, overview, page, model);
	}

	private String page(long id, Model model) {
		return page(id, overviews.of(id), 0, model);
	}

	private String page(long id, AssignmentOverview.Overview overview, int page, Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("table", overview.table(page));
		model.addAttribute("call", overview.settings());
		model.addAttribute("phase", evaluationStart.phaseOf(id));
		model.addAttribute("kinds", ReviewerKind.values());
		model.addAttribute("candidates", pool.candidates(id));
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
		settings.update(id, form);
		redirect.addFlashAttribute("settingsSaved", true);
		return "redirect:/staff/calls/" + id + "/evaluation";
	}

	@PostMapping("/staff/calls/{id}/assignment")
	String propose(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		assignments.propose(id, staff.email());
		redirect.addFlashAttribute("proposed", true);
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/assignment/pairs")
	String add(@PathVariable long id, @RequestParam long proposalId, @RequestParam long reviewerId,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		assignments.add(id, proposalId, reviewerId, staff.email());
		redirect.addFlashAttribute("changed", true);
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/assignment/pairs/remove")
	String remove(@PathVariable long id, @RequestParam long proposalId, @RequestParam long reviewerId,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		assignments.remove(id, proposalId, reviewerId, staff.email());
		redirect.addFlashAttribute("changed", true);
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	/** Releases at once when every proposal has its reviewers; otherwise only once staff confirm the shortfall. */
	@PostMapping("/staff/calls/{id}/assignment/release")
	String release(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		if (!confirmed && !overviews.of(id).shortOfReviewers().isEmpty()) {
			redirect.addFlashAttribute("confirmRelease", true);
			return "redirect:/staff/calls/" + id + "/evaluation#release";
		}
		assignments.release(id, staff.email());
		redirect.addFlashAttribute("released", true);
		return "redirect:/staff/calls/" + id + "/evaluation#assignment";
	}

	@PostMapping("/staff/calls/{id}/evaluation/start")
	String start(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		evaluationStart.start(id, staff.email());
		redirect.addFlashAttribute("evaluationStarted", true);
		return "redirect:/staff/calls/" + id + "/evaluation";
	}
}
