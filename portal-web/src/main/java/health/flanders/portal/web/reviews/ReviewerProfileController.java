package health.flanders.portal.web.reviews;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.web.evaluation.ReviewerProfiles;
import health.flanders.portal.web.publications.ReviewerPublications;
import health.flanders.portal.web.security.SignedInUser;

/**
 * A reviewer's own profile: expertise keywords, affiliation and kind, and their publications (listed only). The
 * keywords are required only of a reviewer without publications: the assignment reads the publications of one who has
 * them, and the keywords only of one who has none.
 */
@Controller
class ReviewerProfileController {

	private final ReviewerProfiles profiles;

	private final ReviewerPublications publications;

	ReviewerProfileController(ReviewerProfiles profiles, ReviewerPublications publications) {
		this.profiles = profiles;
		this.publications = publications;
	}

	public static class ProfileForm {

		private String expertise = "";

		private String affiliation = "";

		private ReviewerKind kind;

		private long version = -1;

		public String getExpertise() {
			return this.expertise;
		}

		public void setExpertise(String expertise) {
			this.expertise = expertise;
		}

		public String getAffiliation() {
			return this.affiliation;
		}

		public void setAffiliation(String affiliation) {
			this.affiliation = affiliation == null ? "" : affiliation;
		}

		public ReviewerKind getKind() {
			return this.kind;
		}

		public void setKind(ReviewerKind kind) {
			this.kind = kind;
		}

		public long getVersion() {
			return this.version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		List<String> keywords() {
			return Arrays.stream(this.expertise.split("[,;\\n]")).map(String::strip).filter(word -> !word.isEmpty()).toList();
		}
	}

	@GetMapping("/reviews/profile")
	String profile(@AuthenticationPrincipal SignedInUser reviewer, Model model) {
		ReviewerProfiles.Profile profile = profiles.of(reviewer.id());
		List<ReviewerPublications.Listed> publicationList = publications.of(reviewer.id());
		if (!model.containsAttribute("profileForm")) {
			ProfileForm form = new ProfileForm();
			form.setExpertise(String.join(", ", profile.expertise()));
			form.setAffiliation(profile.affiliationId() == null ? "" : profiles.affiliationName(profile.affiliationId()));
			form.setKind(profile.kind());
			form.setVersion(profile.version());
			model.addAttribute("profileForm", form);
		}
		model.addAttribute("kinds", ReviewerKind.values());
		model.addAttribute("publications", publicationList);
		// Keywords are optional once there are publications; after removing the last one the assignment has nothing.
		model.addAttribute("unmatchable", profile.expertise().isEmpty() && publicationList.isEmpty());
		model.addAttribute("publicationProgress", publications.progress(reviewer.id()));
		return "reviews/profile";
	}

	@PostMapping("/reviews/profile")
	String save(@AuthenticationPrincipal SignedInUser reviewer, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getExpertise() == null) {
			form.setExpertise("");
		}
		if (form.keywords().isEmpty() && publications.progress(reviewer.id()).total() == 0) {
			result.rejectValue("expertise", "reviewer.profile.expertise.required");
		}
		else if (form.keywords().size() > 40 || form.keywords().stream().anyMatch(word -> word.length() > 100)) {
			result.rejectValue("expertise", "reviewer.profile.expertise.long");
		}
		Optional<Long> affiliation = Optional.empty();
		if (!form.getAffiliation().isBlank()) {
			affiliation = profiles.findAffiliation(form.getAffiliation());
			if (affiliation.isEmpty()) {
				result.rejectValue("affiliation", "reviewer.profile.affiliation.unknown");
			}
		}
		if (!result.hasErrors()) {
			try {
				profiles.save(reviewer.id(), form.keywords(), affiliation.orElse(null), form.getKind(), form.getVersion());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/reviews/profile";
			}
			catch (EvaluationRefusedException ex) {
				model.addAttribute("refused", ex.code());
			}
		}
		return profile(reviewer, model);
	}
}
