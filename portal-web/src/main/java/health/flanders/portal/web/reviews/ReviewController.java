package health.flanders.portal.web.reviews;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.Review;
import health.flanders.portal.call.evaluation.ReviewScore;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.web.evaluation.EvaluationSettings;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;

/**
 * A proposal as its reviewer reads and reviews it: the text, the files and the review form, once the steps before
 * reading are taken (else the page is the step to take). A review that cannot be saved from the page as sent (it was
 * submitted or saved in another window meanwhile) shows why above the reviewer's own text, kept as they typed it.
 */
@Controller
class ReviewController {

	private final ReviewerWorklist worklist;

	private final Reviews reviews;

	private final StepPages steps;

	private final EvaluationSettings settings;

	private final ProposalRepository proposals;

	private final ProposalAttachments attachments;

	ReviewController(ReviewerWorklist worklist, Reviews reviews, StepPages steps, EvaluationSettings settings,
			ProposalRepository proposals, ProposalAttachments attachments) {
		this.worklist = worklist;
		this.reviews = reviews;
		this.steps = steps;
		this.settings = settings;
		this.proposals = proposals;
		this.attachments = attachments;
	}

	@GetMapping("/reviews/{id}")
	String proposal(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer, Model model) {
		ReviewerWorklist.Line line = worklist.reach(id, reviewer.id());
		if (!line.step().reading()) {
			return steps.show(line, model);
		}
		return page(reviews.open(id, reviewer.id()), reviewer.id(), model);
	}

	@PostMapping("/reviews/{id}")
	String save(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean submit, Model model, RedirectAttributes redirect) {
		ReviewerWorklist.Line line = worklist.reading(id, reviewer.id());
		Map<Long, ReviewScore> scores = form.scores(criteria(line), submit, result);
		String refusal = reviews.refusalToChange(id, reviewer.id(), form.getVersion());
		if (refusal != null) {
			result.reject(refusal);
		}
		if (result.hasErrors()) {
			return page(line, reviewer.id(), model);
		}
		reviews.save(id, reviewer.id(), form.getVersion(), scores, submit, reviewer.email());
		redirect.addFlashAttribute(submit ? "submitted" : "saved", true);
		return "redirect:/reviews/" + id;
	}

	@GetMapping("/reviews/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal SignedInUser reviewer) {
		worklist.reading(id, reviewer.id());
		ProposalAttachments.Attachment attachment = attachments.find(id, attachmentId)
			.orElseThrow(() -> new ProposalNotFoundException(id));
		return Downloads.of(MediaType.APPLICATION_PDF, attachment.fileName(), attachments.content(attachmentId));
	}

	private List<Criterion> criteria(ReviewerWorklist.Line line) {
		return settings.of(line.callId()).criteria();
	}

	private String page(ReviewerWorklist.Line line, long reviewerId, Model model) {
		long id = line.proposalId();
		List<Criterion> criteria = criteria(line);
		Review review = reviews.reviewOf(id, reviewerId);
		model.addAttribute("proposal",
				proposals.findWithMembersById(id).orElseThrow(() -> new ProposalNotFoundException(id)));
		model.addAttribute("criteria", criteria);
		model.addAttribute("review", review);
		model.addAttribute("others", reviews.othersFor(id, reviewerId));
		model.addAttribute("attachments", attachments.current(id));
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.of(review, criteria));
		}
		return "reviews/review";
	}
}
