package health.flanders.portal.web.admin;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.evaluation.ReviewerProfiles;
import health.flanders.portal.web.security.SignedInUser;

/** An admin invites a reviewer by e-mail; the reviewer chooses a password through the link in it. */
@Controller
class ReviewerInviteController {

	private final ReviewerProfiles profiles;

	ReviewerInviteController(ReviewerProfiles profiles) {
		this.profiles = profiles;
	}

	public static class InviteForm {

		@NotBlank
		@Email
		@Size(max = 320)
		private String email;

		@NotBlank
		@Size(max = 200)
		private String fullName;

		@Pattern(regexp = "en|nl")
		private String language = "en";

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = fullName;
		}

		public String getLanguage() {
			return this.language;
		}

		public void setLanguage(String language) {
			this.language = language;
		}
	}

	@GetMapping("/admin/reviewers/new")
	String form(@ModelAttribute("invite") InviteForm form) {
		return "admin/reviewer-invite";
	}

	@PostMapping("/admin/reviewers")
	String invite(@Validated @ModelAttribute("invite") InviteForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				profiles.invite(form.getEmail(), form.getFullName().strip(), Locale.forLanguageTag(form.getLanguage()),
						admin.email());
				redirect.addFlashAttribute("invited", form.getEmail().strip());
				return "redirect:/admin/users";
			}
			catch (AccountService.EmailTakenException ex) {
				result.rejectValue("email", "registration.email.taken");
			}
		}
		return "admin/reviewer-invite";
	}
}
