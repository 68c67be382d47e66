package health.flanders.portal.web.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;

/** Every signed-in person's own account: name and language, password, their data, and closing it. */
@Controller
class AccountSettingsController {

	private final AccountSettings accounts;

	private final AccountData data;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountSettingsController(AccountSettings accounts, AccountData data, LocaleResolver locales,
			MessageSource messages) {
		this.accounts = accounts;
		this.data = data;
		this.locales = locales;
		this.messages = messages;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal SignedInUser me, Model model) {
		PortalUser user = accounts.get(me.id());
		model.addAttribute("profileForm", profileOf(user));
		PasswordChangeForm password = new PasswordChangeForm();
		password.setVersion(user.getVersion());
		model.addAttribute("passwordForm", password);
		return page(user, model);
	}

	@PostMapping("/account/profile")
	String changeProfile(@AuthenticationPrincipal SignedInUser me,
			@Validated @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PortalUser user = accounts.get(me.id());
		PasswordChangeForm passwordForm = new PasswordChangeForm();
		passwordForm.setVersion(user.getVersion());
		model.addAttribute("passwordForm", passwordForm);
		if (result.hasErrors()) {
			return page(user, model);
		}
		try {
			Locale language = Locale.forLanguageTag(form.getLanguage());
			PortalUser saved = accounts.changeProfile(me.id(), form.getVersion(), form.getFullName(), language);
			locales.setLocale(request, response, language);
			showName(saved.getFullName(), request, response);
			redirect.addFlashAttribute("success", messages.getMessage("account.profile.saved", null, language));
			return "redirect:/account";
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("profileForm", profileOf(user));
			model.addAttribute("profileConflict", true);
			return page(user, model);
		}
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser me,
			@Validated @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
		PortalUser user = accounts.get(me.id());
		model.addAttribute("profileForm", profileOf(user));
		if (!result.hasErrors()) {
			try {
				accounts.changePassword(me.id(), form.getVersion(), form.getCurrentPassword(), form.getPassword(),
						request.getSession().getId());
				redirect.addFlashAttribute("success", messages.getMessage("account.password.saved", null, locale));
				return "redirect:/account";
			}
			catch (AccountSettings.WrongPasswordException ex) {
				result.rejectValue("currentPassword", "account.password.wrong");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("passwordConflict", true);
				form.setVersion(user.getVersion());
			}
		}
		form.forgetPasswords();
		return page(user, model);
	}

	@GetMapping("/account/data.json")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser me) {
		return Downloads.of(MediaType.APPLICATION_JSON, "icon-portal-my-data.json", data.of(me.id()));
	}

	@GetMapping("/account/close")
	String closeForm(@AuthenticationPrincipal SignedInUser me, @ModelAttribute("form") CloseAccountForm form,
			Model model) {
		accounts.get(me.id());
		return "account/close";
	}

	@PostMapping("/account/close")
	String close(@AuthenticationPrincipal SignedInUser me, @Validated @ModelAttribute("form") CloseAccountForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!result.hasErrors()) {
			try {
				accounts.close(me.id(), form.getPassword());
				new SecurityContextLogoutHandler().logout(request, response,
						SecurityContextHolder.getContext().getAuthentication());
				return "redirect:/?accountClosed";
			}
			catch (AccountSettings.WrongPasswordException ex) {
				result.rejectValue("password", "account.password.wrong");
			}
			catch (AccountSettings.LastAdminException ex) {
				model.addAttribute("lastAdmin", true);
			}
		}
		form.setPassword("");
		return "account/close";
	}

	private String page(PortalUser user, Model model) {
		model.addAttribute("account", user);
		return "account/settings";
	}

	private static ProfileForm profileOf(PortalUser user) {
		ProfileForm form = new ProfileForm();
		form.setFullName(user.getFullName());
		form.setLanguage(user.getLocale().getLanguage());
		form.setVersion(user.getVersion());
		return form;
	}

	/** The header shows the new name from the next page on: the session's copy of the person is replaced. */
	private void showName(String fullName, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.getContext();
		Authentication current = context.getAuthentication();
		if (current != null && current.getPrincipal() instanceof SignedInUser user) {
			UsernamePasswordAuthenticationToken renamed = UsernamePasswordAuthenticationToken
				.authenticated(user.renamed(fullName), null, current.getAuthorities());
			renamed.setDetails(current.getDetails());
			SecurityContext updated = SecurityContextHolder.createEmptyContext();
			updated.setAuthentication(renamed);
			SecurityContextHolder.setContext(updated);
			contexts.saveContext(updated, request, response);
		}
	}
}
