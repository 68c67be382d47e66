package health.flanders.portal.web.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot your password?": ask for a link by e-mail, then choose a new password through it. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgotForm(@ModelAttribute("form") ForgotPasswordForm form) {
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String sendLink(@Validated @ModelAttribute("form") ForgotPasswordForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "account/forgot";
		}
		resets.sendLink(form.getEmail());
		// The same answer whether or not the address has an account.
		model.addAttribute("sent", true);
		return "account/forgot";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(name = "token", defaultValue = "") String token, Model model) {
		NewPasswordForm form = new NewPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		model.addAttribute("usable", resets.isUsable(token));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	String reset(@Validated @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				resets.reset(form.getToken(), form.getPassword());
				return "redirect:/login?passwordChanged";
			}
			catch (PasswordResets.UnusableLinkException ex) {
				model.addAttribute("usable", false);
				return "account/reset";
			}
		}
		model.addAttribute("usable", true);
		form.setPassword("");
		form.setConfirmPassword("");
		return "account/reset";
	}

	/** The address to send a reset link to. */
	public static class ForgotPasswordForm {

		@NotBlank
		@Email
		@Size(max = 320)
		private String email = "";

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}
}
