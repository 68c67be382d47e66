package health.flanders.portal.web.reviews;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.reviews.ReviewerWorklist.Step;
import health.flanders.portal.web.security.SignedInUser;

/**
 * A reviewer's list and the steps they take on each proposal before reading it: accept or decline it (with a reason),
 * declare their conflicts of interest, accept the call's confidentiality undertaking. A proposal that is not theirs,
 * that they are in conflict with or that they declined answers 404.
 */
@Controller
class ReviewStepController {

	private final ReviewerWorklist worklist;

	private final ReviewerResponses responses;

	private final StepPages pages;

	ReviewStepController(ReviewerWorklist worklist, ReviewerResponses responses, StepPages pages) {
		this.worklist = worklist;
		this.responses = responses;
		this.pages = pages;
	}

	@GetMapping("/reviews")
	String assignments(@AuthenticationPrincipal SignedInUser reviewer, Model model) {
		model.addAttribute("lines", worklist.of(reviewer.id()));
		return "reviews/list";
	}

	/** Accepts the proposal, then goes on to its declaration, or back to the list when accepted there. */
	@PostMapping("/reviews/{id}/accept")
	String accept(@PathVariable long id, @RequestParam(defaultValue = "false") boolean fromList,
			@AuthenticationPrincipal SignedInUser reviewer, RedirectAttributes redirect) {
		responses.accept(id, reviewer.id(), reviewer.email());
		redirect.addFlashAttribute("accepted", worklist.reach(id, reviewer.id()).acronym());
		return fromList ? "redirect:/reviews" : "redirect:/reviews/" + id;
	}

	@PostMapping("/reviews/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			@ModelAttribute("decline") DeclineForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ReviewerWorklist.Line line = worklist.reach(id, reviewer.id());
		if (line.step() == Step.RESPOND && form.rejects(result)) {
			return pages.show(line, model);
		}
		responses.decline(id, reviewer.id(), form.getReason(), reviewer.email());
		redirect.addFlashAttribute("declined", line.acronym());
		return "redirect:/reviews";
	}

	@PostMapping("/reviews/{id}/declaration")
	String declare(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			@ModelAttribute("declaration") DeclarationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ReviewerWorklist.Line line = worklist.reach(id, reviewer.id());
		if (line.step() == Step.DECLARE && form.rejects(result)) {
			return pages.show(line, model);
		}
		responses.declare(id, reviewer.id(), Boolean.TRUE.equals(form.getInConflict()), form.getReason(),
				reviewer.email());
		if (Boolean.TRUE.equals(form.getInConflict())) {
			redirect.addFlashAttribute("declaredConflict", true);
			return "redirect:/reviews";
		}
		return "redirect:/reviews/" + id;
	}

	@PostMapping("/reviews/{id}/undertaking")
	String undertake(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			RedirectAttributes redirect) {
		responses.acceptUndertaking(id, reviewer.id(), reviewer.email());
		redirect.addFlashAttribute("undertaken", true);
		return "redirect:/reviews/" + id;
	}
}
