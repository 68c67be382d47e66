package health.flanders.portal.web.calls;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.CallChangeRefusedException;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.web.security.SignedInUser;

/**
 * Admins set up and run calls: the list with each call's phase and figures, the form (new, copied or edited), the
 * preview in either language, publishing, and extending an open call's deadline. Staff may read all of it.
 */
@Controller
class CallAdminController {

	private final CallSetup setup;

	private final CallOverview overview;

	private final CallCatalogue catalogue;

	private final MessageSource messages;

	CallAdminController(CallSetup setup, CallOverview overview, CallCatalogue catalogue, MessageSource messages) {
		this.setup = setup;
		this.overview = overview;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	/** A new deadline for an open call, with the reason every applicant reads. */
	public static class ExtensionForm {

		@NotNull
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
		private LocalDateTime newDeadline;

		@NotBlank
		@Size(max = 1000)
		private String reason = "";

		public LocalDateTime getNewDeadline() {
			return newDeadline;
		}

		public void setNewDeadline(LocalDateTime newDeadline) {
			this.newDeadline = newDeadline;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	@GetMapping("/admin/calls")
	String list(Model model, Locale locale) {
		model.addAttribute("calls", overview.all(locale));
		return "calls/admin-list";
	}

	@GetMapping("/admin/calls/new")
	String newCall(@RequestParam(required = false) Long copyOf, Model model) {
		model.addAttribute("form", copyOf == null ? new CallForm() : setup.copyOf(copyOf));
		return "calls/admin-form";
	}

	@PostMapping("/admin/calls")
	String create(@Validated @ModelAttribute("form") CallForm form, BindingResult result,
			@RequestParam(required = false) String goalAction, @AuthenticationPrincipal SignedInUser admin,
			Model model, RedirectAttributes redirect) {
		if (goalAction != null) {
			return changeGoals(form, goalAction, model, null);
		}
		form.checkTogether(result);
		if (!result.hasErrors()) {
			try {
				long id = setup.create(form, admin.email());
				redirect.addFlashAttribute("success", message("call.admin.created", form.getCode()));
				return "redirect:/admin/calls/" + id + "/edit";
			}
			catch (CallSetup.CodeTakenException ex) {
				result.rejectValue("code", "call.admin.code.taken");
			}
		}
		return "calls/admin-form";
	}

	@GetMapping("/admin/calls/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		CallSetup.Editing editing = setup.editing(id);
		model.addAttribute("form", editing.form());
		if (!model.containsAttribute("extension")) {
			model.addAttribute("extension", new ExtensionForm());
		}
		return editPage(id, editing, model);
	}

	@PostMapping("/admin/calls/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("form") CallForm form, BindingResult result,
			@RequestParam(required = false) String goalAction, @AuthenticationPrincipal SignedInUser admin,
			Model model, RedirectAttributes redirect) {
		CallSetup.Editing editing = setup.editing(id);
		model.addAttribute("extension", new ExtensionForm());
		if (goalAction != null) {
			return changeGoals(form, goalAction, model, () -> editPage(id, editing, model));
		}
		form.setCode(editing.call().getCode());
		form.checkTogether(result);
		if (!result.hasErrors()) {
			try {
				setup.update(id, form, admin.email());
				redirect.addFlashAttribute("success", message("call.admin.saved", form.getCode()));
				return "redirect:/admin/calls/" + id + "/edit";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
			}
			catch (CallChangeRefusedException ex) {
				result.reject(ex.code());
			}
		}
		return editPage(id, editing, model);
	}

	@PostMapping("/admin/calls/{id}/publish")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		try {
			setup.publish(id, admin.email());
			redirect.addFlashAttribute("success", message("call.admin.published"));
		}
		catch (CallChangeRefusedException ex) {
			redirect.addFlashAttribute("refused", message(ex.code()));
		}
		return "redirect:/admin/calls/" + id + "/edit";
	}

	@PostMapping("/admin/calls/{id}/deadline")
	String extend(@PathVariable long id, @Validated @ModelAttribute("extension") ExtensionForm extension,
			BindingResult result, @AuthenticationPrincipal SignedInUser admin, Model model,
			RedirectAttributes redirect) {
		CallSetup.Editing editing = setup.editing(id);
		if (!result.hasErrors()) {
			try {
				int mailed = setup.extendDeadline(id, extension.getNewDeadline(), extension.getReason(), admin.email());
				redirect.addFlashAttribute("success", message("call.admin.extended", mailed));
				return "redirect:/admin/calls/" + id + "/edit";
			}
			catch (CallChangeRefusedException ex) {
				result.rejectValue("newDeadline", ex.code());
			}
		}
		model.addAttribute("form", editing.form());
		return editPage(id, editing, model);
	}

	@GetMapping("/admin/calls/{id}/preview/{language}")
	String preview(@PathVariable long id, @PathVariable String language, Model model) {
		if (!language.equals("en") && !language.equals("nl")) {
			throw new CallNotFoundException(id);
		}
		model.addAttribute("call", catalogue.preview(id, Locale.forLanguageTag(language)));
		model.addAttribute("previewLanguage", language);
		return "calls/preview";
	}

	private String editPage(long id, CallSetup.Editing editing, Model model) {
		model.addAttribute("callId", id);
		model.addAttribute("editing", editing.call());
		model.addAttribute("phase", editing.phase());
		model.addAttribute("locked", editing.locked());
		return "calls/admin-form";
	}

	/**
	 * Adds, removes or moves a goal line ({@code add}, {@code add-sub-3}, {@code remove-3}, {@code up-3},
	 * {@code down-3}) and shows the form again, saving nothing.
	 */
	private String changeGoals(CallForm form, String action, Model model, Supplier<String> page) {
		String[] parts = action.split("-");
		int index = parts.length > 1 ? parseIndex(parts[parts.length - 1]) : -1;
		switch (parts[0]) {
			case "add" -> form.addGoal(action.startsWith("add-sub-") ? index : null);
			case "remove" -> form.removeGoal(index);
			case "up" -> form.moveGoal(index, -1);
			case "down" -> form.moveGoal(index, 1);
			default -> {
			}
		}
		model.addAttribute("goalsChanged", true);
		BindingResult fresh = new BeanPropertyBindingResult(form, "form");
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
		return page == null ? "calls/admin-form" : page.get();
	}

	private static int parseIndex(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String message(String code, Object... arguments) {
		return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}
}
