package health.flanders.portal.web.evaluation;

import java.time.LocalDateTime;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import health.flanders.portal.web.system.BrusselsTime;

/**
 * Gives the evaluation page what its review deadline part shows ({@code evaluation/review-deadline.html}): the
 * deadline as it stands as {@code reviewDeadline}, and the form to move it as {@code reviewDeadlineForm}, filled in
 * with the deadline unless a form came back with its errors.
 */
@ControllerAdvice(assignableTypes = EvaluationController.class)
class ReviewDeadlineAdvice {

	private final ReviewDeadlines deadlines;

	ReviewDeadlineAdvice(ReviewDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@ModelAttribute
	void reviewDeadline(@PathVariable(name = "id", required = false) Long callId, Model model) {
		if (callId == null) {
			return;
		}
		ReviewDeadlines.ReviewDeadline current = deadlines.of(callId);
		model.addAttribute("reviewDeadline", current);
		if (!model.containsAttribute("reviewDeadlineForm")) {
			model.addAttribute("reviewDeadlineForm", new ReviewDeadlineForm(
					current.deadline() == null ? null : LocalDateTime.ofInstant(current.deadline(), BrusselsTime.ZONE)));
		}
	}
}
