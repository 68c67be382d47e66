package health.flanders.portal.web.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page of a form too large to read ({@link OversizedFormFilter}): 413, in the reader's language. */
@Controller
class TooLargePage {

	@GetMapping(OversizedFormFilter.PAGE)
	String tooLarge(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		return "error/413";
	}
}
