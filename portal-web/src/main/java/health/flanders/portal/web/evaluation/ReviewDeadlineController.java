package health.flanders.portal.web.evaluation;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Staff set and move a call's review deadline from its evaluation page, before and after the release; moving it later
 * gives the reviewers more time. A refusal of the call's rule goes back to the page through the refusal advice.
 */
@Controller
class ReviewDeadlineController {

	private final ReviewDeadlines deadlines;

	private final MessageSource messages;

	private final BrusselsTime time;

	ReviewDeadlineController(ReviewDeadlines deadlines, MessageSource messages, BrusselsTime time) {
		this.deadlines = deadlines;
		this.messages = messages;
		this.time = time;
	}

	@PostMapping("/staff/calls/{id}/evaluation/review-deadline")
	String change(@PathVariable long id, @Validated @ModelAttribute("reviewDeadlineForm") ReviewDeadlineForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser staff, Locale locale,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// Both serialise: the form and its binding result go back to the page beside the field.
			redirect.addFlashAttribute("reviewDeadlineForm", form);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "reviewDeadlineForm", result);
		}
		else {
			Instant deadline = deadlines.change(id, form.getReviewDeadline(), staff.email());
			redirect.addFlashAttribute("success",
					messages.getMessage("evaluation.reviewDeadline.saved", new Object[] { time.dateTime(deadline) }, locale));
		}
		return "redirect:/staff/calls/" + id + "/evaluation#review-deadline";
	}
}
