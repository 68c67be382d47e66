package health.flanders.portal.web.account;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;


@Controller
class AccountController {

	private final AccountService accounts;

	AccountController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "blocked", required = false) String blocked, Model model) {
		model.addAttribute("failed", error != null || blocked != null);
		model.addAttribute("blocked", blocked != null);
		return "account/login";
	}

	@GetMapping("/register")
	String registrationForm(@ModelAttribute("form") RegistrationForm form, Locale locale) {
		form.setLanguage("nl".equals(locale.getLanguage()) ? "nl" : "en");
		return "account/register";
	}

	@PostMapping("/register")
	String register(@Validated @ModelAttribute("form") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.registerApplicant(form.getEmail(), form.getPassword(), form.getFullName(),
						Locale.forLanguageTag(form.getLanguage()));
				redirect.addFlashAttribute("email", form.getEmail().strip());
				return "redirect:/login?registered";
			}
			catch (AccountService.EmailTakenException ex) {
				result.rejectValue("email", "registration.email.taken");
			}
		}
		form.setPassword("");
		form.setConfirmPassword("");
		return "account/register";
	}
}
