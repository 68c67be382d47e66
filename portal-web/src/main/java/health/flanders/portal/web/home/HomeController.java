package health.flanders.portal.web.home;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the open calls with the time left, the next information sessions, how it works in four steps and the
 * ecosystem in numbers. For visitors who are not signed in it is kept a second or two by the public page cache.
 */
@Controller
class HomeController {

	private final HomeOverview overview;

	HomeController(HomeOverview overview) {
		this.overview = overview;
	}

	@GetMapping("/")
	String home(Model model, Locale locale) {
		model.addAttribute("home", overview.at(locale));
		return "home";
	}
}
