package health.flanders.portal.web.reviews;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The reviewer's start page. Assignments are made by staff once a call is in evaluation. */
@Controller
class ReviewController {

	@GetMapping("/reviews")
	String assignments() {
		return "reviews/list";
	}
}
