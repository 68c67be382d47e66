package health.flanders.portal.web.about;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages every page's footer links to, in English and Dutch. */
@Controller
class AboutController {

	private final Operator operator;

	private final Duration registrationRetention;

	AboutController(Operator operator,
			@Value("${icon.sessions.registration-retention}") Duration registrationRetention) {
		this.operator = operator;
		this.registrationRetention = registrationRetention;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		model.addAttribute("operator", operator);
		model.addAttribute("retentionDays", registrationRetention.toDays());
		return "about/privacy";
	}

	@GetMapping("/accessibility")
	String accessibility(Model model) {
		model.addAttribute("operator", operator);
		return "about/accessibility";
	}

	/** Where browsers look for the icon of a site that names none (a feed reader, a bookmark made elsewhere). */
	@GetMapping("/favicon.ico")
	String favicon() {
		return "forward:/assets/favicon.ico";
	}

	@GetMapping("/contact")
	String contact(Model model) {
		model.addAttribute("operator", operator);
		return "about/contact";
	}
}
