package health.flanders.portal.web.programmes;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.security.SignedInUser;

/**
 * Staff publish or decline the suggested funding programmes. Each decision carries the version the staff member saw:
 * when someone else reviewed it meanwhile, the list is shown again as it is now, with a 409.
 */
@Controller
class ProgrammeReviewController {

	private final FundingProgrammes programmes;

	ProgrammeReviewController(FundingProgrammes programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/staff/funding-programmes")
	String list(Model model) {
		model.addAttribute("suggestions", programmes.awaitingReview());
		return "programmes/review";
	}

	@PostMapping("/staff/funding-programmes/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser staff,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("published", programmes.publish(id, version, staff.email()));
			return "redirect:/staff/funding-programmes";
		}
		catch (ObjectOptimisticLockingFailureException | IllegalStateException ex) {
			return stale(model, response);
		}
	}

	@PostMapping("/staff/funding-programmes/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser staff,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("declined", programmes.decline(id, version, staff.email()));
			return "redirect:/staff/funding-programmes";
		}
		catch (ObjectOptimisticLockingFailureException | IllegalStateException ex) {
			return stale(model, response);
		}
	}

	private String stale(Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("stale", true);
		return list(model);
	}
}
