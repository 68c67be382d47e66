package health.flanders.portal.web.programmes;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public overview of funding programmes, with a filter by country, and the form to suggest one. */
@Controller
class FundingProgrammeController {

	private final FundingProgrammes programmes;

	private final Countries countries;

	FundingProgrammeController(FundingProgrammes programmes, Countries countries) {
		this.programmes = programmes;
		this.countries = countries;
	}

	@GetMapping("/funding-programmes")
	String list(@RequestParam(name = "country", required = false) String country, Model model) {
		String selected = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
		if (selected != null && !selected.matches("[A-Z]{2}")) {
			selected = null;
		}
		model.addAttribute("selected", selected);
		model.addAttribute("countryOptions", countries.named(programmes.countriesWithPublished()));
		model.addAttribute("programmes", programmes.published(selected));
		return "programmes/list";
	}

	@GetMapping("/funding-programmes/suggest")
	String suggestForm(@ModelAttribute("form") SuggestionForm form, Model model) {
		model.addAttribute("countryOptions", countries.europe());
		return "programmes/suggest";
	}

	@PostMapping("/funding-programmes/suggest")
	String suggest(@Validated @ModelAttribute("form") SuggestionForm form, BindingResult result, Model model) {
		if (!countries.isEuropean(form.getCountry())) {
			result.rejectValue("country", "programmes.suggest.country.invalid");
		}
		if (result.hasErrors()) {
			model.addAttribute("countryOptions", countries.europe());
			return "programmes/suggest";
		}
		programmes.suggest(form.toDetails(), form.getEmail());
		return "redirect:/funding-programmes/suggested";
	}

	@GetMapping("/funding-programmes/suggested")
	String suggested() {
		return "programmes/suggested";
	}
}
