package health.flanders.portal.web.admin;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;

@Controller
class UserAdminController {

	private final UserDirectory directory;

	private final AccountService accounts;

	UserAdminController(UserDirectory directory, AccountService accounts) {
		this.directory = directory;
		this.accounts = accounts;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", directory.all());
		return "admin/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(@ModelAttribute("form") UserForm form) {
		return "admin/user-new";
	}

	@PostMapping("/admin/users")
	String create(@Validated @ModelAttribute("form") UserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.create(form.getEmail(), form.getPassword(), form.getFullName(),
						Locale.forLanguageTag(form.getLanguage()), form.getRoles());
				redirect.addFlashAttribute("created", form.getEmail().strip());
				return "redirect:/admin/users";
			}
			catch (AccountService.EmailTakenException ex) {
				result.rejectValue("email", "registration.email.taken");
			}
		}
		form.setPassword("");
		return "admin/user-new";
	}
}
