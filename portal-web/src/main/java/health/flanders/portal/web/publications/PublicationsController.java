package health.flanders.portal.web.publications;

import java.io.IOException;
import java.io.Serializable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.matching.bibliography.UnreadableBibliographyException;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The publications part of a reviewer's profile: an export uploaded or titles pasted, a publication removed, and the
 * progress of their vectors polled. Each answer goes back to the profile, with the counts or with the message beside
 * the field that was refused (and the pasted text kept).
 */
@Controller
class PublicationsController {

	private static final String PROFILE = "redirect:/reviews/profile#publications";

	private final ReviewerPublications publications;

	PublicationsController(ReviewerPublications publications) {
		this.publications = publications;
	}

	@PostMapping("/reviews/profile/publications/file")
	String importFile(@AuthenticationPrincipal SignedInUser reviewer,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("fileError", "publications.import.noFile");
			return PROFILE;
		}
		if (file.getSize() > ReviewerPublications.MAX_BYTES) {
			redirect.addFlashAttribute("fileError", "publications.import.tooLarge");
			return PROFILE;
		}
		try {
			redirect.addFlashAttribute("imported", publications.importFile(reviewer.id(), file.getBytes()));
		}
		catch (UnreadableBibliographyException ex) {
			redirect.addFlashAttribute("fileError", ex.reason());
			redirect.addFlashAttribute("fileErrorAt", Place.of(ex.detail()));
		}
		return PROFILE;
	}

	@PostMapping("/reviews/profile/publications/pasted")
	String importPasted(@AuthenticationPrincipal SignedInUser reviewer,
			@RequestParam(name = "pasted", defaultValue = "") String pasted, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("imported", publications.importPasted(reviewer.id(), pasted));
		}
		catch (UnreadableBibliographyException ex) {
			redirect.addFlashAttribute("pastedError", ex.reason());
			redirect.addFlashAttribute("pastedErrorAt", Place.of(ex.detail()));
			redirect.addFlashAttribute("pasted", pasted);
		}
		return PROFILE;
	}

	@PostMapping("/reviews/profile/publications/{id}/remove")
	String remove(@AuthenticationPrincipal SignedInUser reviewer, @PathVariable long id, RedirectAttributes redirect) {
		publications.remove(reviewer.id(), id);
		redirect.addFlashAttribute("publicationRemoved", true);
		return PROFILE;
	}

	/** The vectors' progress, for htmx to poll while some are missing. */
	@GetMapping("/reviews/profile/publications/progress")
	String progress(@AuthenticationPrincipal SignedInUser reviewer, Model model) {
		model.addAttribute("publicationProgress", publications.progress(reviewer.id()));
		return "reviews/profile :: publicationProgress";
	}

	/**
	 * Where an export failed, as a message key ({@code publications.import.at.line}, {@code .entry}, {@code .record},
	 * {@code .JSON}) and the number of the line or record; null when the reader gave no place.
	 */
	record Place(String key, String number) implements Serializable {

		static Place of(String detail) {
			if (detail == null) {
				return null;
			}
			String[] parts = detail.split(" ", 2);
			return new Place("publications.import.at." + parts[0], parts.length > 1 ? parts[1] : "");
		}
	}
}
