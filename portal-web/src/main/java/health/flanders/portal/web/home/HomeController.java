package health.flanders.portal.web.home;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import health.flanders.portal.web.calls.CallCatalogue;

@Controller
class HomeController {

	private final CallCatalogue catalogue;

	HomeController(CallCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("calls", catalogue.published(locale));
		return "home";
	}
}
