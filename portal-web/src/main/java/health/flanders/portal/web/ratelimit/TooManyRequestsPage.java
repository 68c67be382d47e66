package health.flanders.portal.web.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page of a form sent too often ({@link TooManyRequests}): 429 in the reader's language, with how long to wait. */
@Controller
class TooManyRequestsPage {

	static final String PATH = "/too-many-requests";

	@GetMapping(PATH)
	String tooManyRequests(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(429);
		if (request.getAttribute(TooManyRequests.RETRY_AFTER) instanceof Long seconds) {
			model.addAttribute("minutes", (seconds + 59) / 60);
		}
		return "error/429";
	}
}
