package health.flanders.portal.web.evaluation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.web.security.SignedInUser;

/** Staff choose the reviewers of a call and their own maximum, on the call's evaluation page. */
@Controller
class ReviewerPoolController {

	private final ReviewerPool pool;

	ReviewerPoolController(ReviewerPool pool) {
		this.pool = pool;
	}

	@PostMapping("/staff/calls/{id}/pool")
	String add(@PathVariable long id, @RequestParam long reviewerId, @AuthenticationPrincipal SignedInUser staff,
			RedirectAttributes redirect) {
		pool.add(id, reviewerId, staff.email());
		return changed(id, redirect);
	}

	@PostMapping("/staff/calls/{id}/pool/{reviewerId}/remove")
	String remove(@PathVariable long id, @PathVariable long reviewerId, @AuthenticationPrincipal SignedInUser staff,
			RedirectAttributes redirect) {
		pool.remove(id, reviewerId, staff.email());
		return changed(id, redirect);
	}

	@PostMapping("/staff/calls/{id}/pool/{reviewerId}/maximum")
	String limit(@PathVariable long id, @PathVariable long reviewerId,
			@RequestParam(defaultValue = "") String maximum, @AuthenticationPrincipal SignedInUser staff,
			RedirectAttributes redirect) {
		pool.limit(id, reviewerId, number(maximum), staff.email());
		return changed(id, redirect);
	}

	/** The maximum typed, or null when left empty: the call's maximum. */
	private static Integer number(String maximum) {
		if (maximum.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(maximum.strip());
		}
		catch (NumberFormatException ex) {
			throw new EvaluationRefusedException("evaluation.pool.maximum.number");
		}
	}

	private static String changed(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("poolChanged", true);
		return "redirect:/staff/calls/" + id + "/evaluation#pool";
	}
}
