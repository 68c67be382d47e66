package health.flanders.portal.web.reviews;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.ScoreScale;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.web.evaluation.EvaluationSettings;
import health.flanders.portal.web.evaluation.ReviewerConflicts;
import health.flanders.portal.web.evaluation.Reviews;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;

/**
 * A reviewer's pages: their list, and for each proposal first the declaration of conflicts (acronym, title and
 * consortium only), then the text with the review form. A proposal that is not theirs, or that they are in conflict
 * with, answers 404 on every one of these URLs.
 */
@Controller
class ReviewController {

	private final Reviews reviews;

	private final ReviewerConflicts conflicts;

	private final EvaluationSettings settings;

	private final ProposalRepository proposals;

	private final ProposalAttachments attachments;

	ReviewController(Reviews reviews, ReviewerConflicts conflicts, EvaluationSettings settings,
			ProposalRepository proposals, ProposalAttachments attachments) {
		this.reviews = reviews;
		this.conflicts = conflicts;
		this.settings = settings;
		this.proposals = proposals;
		this.attachments = attachments;
	}

	@GetMapping("/reviews")
	String assignments(@AuthenticationPrincipal SignedInUser reviewer, Model model) {
		model.addAttribute("lines", reviews.of(reviewer.id()));
		return "reviews/list";
	}

	@GetMapping("/reviews/{id}")
	@Transactional(readOnly = true)
	String proposal(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer, Model model) {
		long callId = reviews.requireReviewable(id, reviewer.id());
		Proposal proposal = proposals.findWithMembersById(id).orElseThrow(() -> new ProposalNotFoundException(id));
		model.addAttribute("proposal", proposal);
		Optional<ReviewerConflicts.Declaration> declaration = conflicts.declarationOf(id, reviewer.id());
		if (declaration.isEmpty()) {
			if (!model.containsAttribute("declaration")) {
				model.addAttribute("declaration", new DeclarationForm());
			}
			return "reviews/declare";
		}
		var criteria = settings.of(callId).criteria();
		Reviews.Review review = reviews.reviewOf(id, reviewer.id());
		model.addAttribute("criteria", criteria);
		model.addAttribute("review", review);
		model.addAttribute("others", reviews.othersFor(id, reviewer.id()));
		model.addAttribute("attachments", attachments.current(id));
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ReviewForm.of(review, criteria));
		}
		return "reviews/review";
	}

	@PostMapping("/reviews/{id}/declaration")
	String declare(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			@ModelAttribute("declaration") DeclarationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		reviews.requireReviewable(id, reviewer.id());
		if (form.getInConflict() == null) {
			result.rejectValue("inConflict", "review.declaration.choose");
		}
		else if (form.getInConflict() && (form.getReason() == null || form.getReason().isBlank())) {
			result.rejectValue("reason", "review.declaration.reason.required");
		}
		if (result.hasErrors()) {
			return proposal(id, reviewer, model);
		}
		try {
			conflicts.declare(id, reviewer.id(), form.getInConflict(), form.getReason(), reviewer.email());
		}
		catch (EvaluationRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.code());
			return "redirect:/reviews/" + id;
		}
		if (form.getInConflict()) {
			redirect.addFlashAttribute("declaredConflict", true);
			return "redirect:/reviews";
		}
		return "redirect:/reviews/" + id;
	}

	@PostMapping("/reviews/{id}")
	String save(@PathVariable long id, @AuthenticationPrincipal SignedInUser reviewer,
			@ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
			@RequestParam(defaultValue = "false") boolean submit, Model model, RedirectAttributes redirect) {
		long callId = reviews.requireReviewable(id, reviewer.id());
		if (conflicts.declarationOf(id, reviewer.id()).isEmpty()) {
			throw new ProposalNotFoundException(id);
		}
		Map<Long, Reviews.Score> scores = new LinkedHashMap<>();
		for (Criterion criterion : settings.of(callId).criteria()) {
			ReviewForm.Line line = form.getScores().getOrDefault(criterion.id(), new ReviewForm.Line());
			String field = "scores[" + criterion.id() + "]";
			BigDecimal score = null;
			if (line.getScore() != null && !line.getScore().isBlank()) {
				Optional<BigDecimal> parsed = ScoreScale.parse(line.getScore());
				if (parsed.isEmpty()) {
					result.rejectValue(field + ".score", "review.score.invalid");
				}
				score = parsed.orElse(null);
			}
			else if (submit) {
				result.rejectValue(field + ".score", "review.score.required");
			}
			if (submit && (line.getComment() == null || line.getComment().isBlank())) {
				result.rejectValue(field + ".comment", "review.comment.required");
			}
			if (line.getComment() != null && line.getComment().length() > 4000) {
				result.rejectValue(field + ".comment", "review.comment.long");
			}
			scores.put(criterion.id(), new Reviews.Score(score, line.getComment()));
		}
		if (result.hasErrors()) {
			return proposal(id, reviewer, model);
		}
		try {
			reviews.save(id, reviewer.id(), form.getVersion(), scores, submit, reviewer.email());
		}
		catch (EvaluationRefusedException ex) {
			model.addAttribute("refused", ex.code());
			return proposal(id, reviewer, model);
		}
		redirect.addFlashAttribute(submit ? "submitted" : "saved", true);
		return "redirect:/reviews/" + id;
	}

	@GetMapping("/reviews/{id}/attachments/{attachmentId}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal SignedInUser reviewer) {
		reviews.requireReviewable(id, reviewer.id());
		if (conflicts.declarationOf(id, reviewer.id()).isEmpty()) {
			throw new ProposalNotFoundException(id);
		}
		ProposalAttachments.Attachment attachment = attachments.find(id, attachmentId)
			.orElseThrow(() -> new ProposalNotFoundException(id));
		return Downloads.of(MediaType.APPLICATION_PDF, attachment.fileName(), attachments.content(attachmentId));
	}
}
