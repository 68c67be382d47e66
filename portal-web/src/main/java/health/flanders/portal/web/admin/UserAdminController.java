package health.flanders.portal.web.admin;

import java.util.EnumSet;
import java.util.Locale;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.PageOutOfRangeException;

@Controller
class UserAdminController {

	/** The longest search text taken: an e-mail address is at most 320 characters. */
	private static final int MAX_SEARCH_LENGTH = 320;

	private final UserDirectory directory;

	UserAdminController(UserDirectory directory) {
		this.directory = directory;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	/**
	 * The accounts whose address or name holds the words, with the role if one is chosen, a page at a time; a page
	 * number that is not a number or past the last page answers 400, a role that is not one counts as any.
	 */
	@GetMapping("/admin/users")
	String list(@RequestParam(name = "page", defaultValue = "0") String pageParameter,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) String roleParameter, Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		String words = text == null || text.isBlank() ? null : text.strip();
		if (words != null && words.length() > MAX_SEARCH_LENGTH) {
			words = words.substring(0, MAX_SEARCH_LENGTH);
		}
		Role role = role(roleParameter);
		UserDirectory.Page users = directory.search(words, role, page);
		if (page >= users.pages()) {
			throw new PageOutOfRangeException(pageParameter);
		}
		model.addAttribute("users", users.entries());
		model.addAttribute("results", users);
		model.addAttribute("q", words);
		model.addAttribute("chosenRole", role);
		return "admin/users";
	}

	private static Role role(String name) {
		if (name == null) {
			return null;
		}
		for (Role role : Role.values()) {
			if (role.name().equalsIgnoreCase(name.strip())) {
				return role;
			}
		}
		return null;
	}

	@GetMapping("/admin/users/new")
	String newUser(@ModelAttribute("form") UserForm form) {
		return "admin/user-new";
	}

	@PostMapping("/admin/users")
	String create(@Validated @ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				directory.create(admin.email(), form.getEmail(), form.getPassword(), form.getFullName(),
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

	@GetMapping("/admin/users/{id}/roles")
	String rolesForm(@PathVariable long id, Model model) {
		UserDirectory.Entry user = directory.get(id);
		RolesForm form = new RolesForm();
		form.setRoles(user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles()));
		form.setVersion(user.version());
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		return "admin/user-roles";
	}

	@PostMapping("/admin/users/{id}/roles")
	String changeRoles(@PathVariable long id, @Validated @ModelAttribute("form") RolesForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				directory.changeRoles(admin.email(), id, form.getVersion(), form.getRoles());
				redirect.addFlashAttribute("rolesChanged", directory.get(id).email());
				return "redirect:/admin/users";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				UserDirectory.Entry current = directory.get(id);
				model.addAttribute("conflict", true);
				form.setRoles(current.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(current.roles()));
				form.setVersion(current.version());
			}
		}
		model.addAttribute("user", directory.get(id));
		return "admin/user-roles";
	}
}
