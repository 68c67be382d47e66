package health.flanders.portal.web.evaluation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff follow how far the reviews of a call have come, against its review deadline. */
@Controller
class ReviewProgressController {

	private final ReviewProgress progress;

	ReviewProgressController(ReviewProgress progress) {
		this.progress = progress;
	}

	@GetMapping("/staff/calls/{id}/evaluation/progress")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("progress", progress.of(id));
		return "evaluation/progress";
	}
}
