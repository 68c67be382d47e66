package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.review.ranking.ScoreStatistics;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.ScoreScale;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The evaluation of one proposal for staff: the reviews' scores per criterion with their statistics, the consensus
 * form, and the conflicts of interest with the form to add or lift one.
 */
@Controller
class ConsensusController {

	private final ProposalRepository proposals;

	private final EvaluationSettings settings;

	private final Consensus consensus;

	private final ReviewerConflicts conflicts;

	private final ReviewerProfiles profiles;

	ConsensusController(ProposalRepository proposals, EvaluationSettings settings, Consensus consensus,
			ReviewerConflicts conflicts, ReviewerProfiles profiles) {
		this.profiles = profiles;
		this.proposals = proposals;
		this.settings = settings;
		this.consensus = consensus;
		this.conflicts = conflicts;
	}

	public static class ConsensusForm {

		private Map<Long, Line> lines = new LinkedHashMap<>();

		private String stamp;

		public String getStamp() {
			return this.stamp;
		}

		public void setStamp(String stamp) {
			this.stamp = stamp;
		}

		public static class Line {

			private String score;

			private String justification;

			public String getScore() {
				return this.score;
			}

			public void setScore(String score) {
				this.score = score;
			}

			public String getJustification() {
				return this.justification;
			}

			public void setJustification(String justification) {
				this.justification = justification;
			}
		}

		public Map<Long, Line> getLines() {
			return this.lines;
		}

		public void setLines(Map<Long, Line> lines) {
			this.lines = lines;
		}
	}

	public static class RulingForm {

		private Long reviewerId;

		private Boolean inConflict;

		private String reason;

		public Long getReviewerId() {
			return this.reviewerId;
		}

		public void setReviewerId(Long reviewerId) {
			this.reviewerId = reviewerId;
		}

		public Boolean getInConflict() {
			return this.inConflict;
		}

		public void setInConflict(Boolean inConflict) {
			this.inConflict = inConflict;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	@GetMapping("/staff/proposals/{id}/evaluation")
	@Transactional(readOnly = true)
	String page(@PathVariable long id, Model model) {
		Proposal proposal = evaluated(id);
		EvaluationSettings.Settings call = settings.of(proposal.getCall().getId());
		List<Consensus.Line> lines = consensus.of(id, call.criteria());
		model.addAttribute("proposal", proposal);
		model.addAttribute("call", call);
		model.addAttribute("lines", lines);
		model.addAttribute("conflicts", conflicts.ofProposal(id));
		model.addAttribute("reviewers", profiles.reviewers());
		if (!model.containsAttribute("consensusForm")) {
			ConsensusForm form = new ConsensusForm();
			form.setStamp(consensus.stamp(id));
			for (Consensus.Line line : lines) {
				ConsensusForm.Line formLine = new ConsensusForm.Line();
				if (line.consensus() != null) {
					formLine.setScore(line.consensus().score().stripTrailingZeros().toPlainString());
					formLine.setJustification(line.consensus().justification());
				}
				else if (line.statistics().median() != null) {
					formLine.setScore(halfPoint(line.statistics()));
				}
				form.getLines().put(line.criterion().id(), formLine);
			}
			model.addAttribute("consensusForm", form);
		}
		if (!model.containsAttribute("rulingForm")) {
			model.addAttribute("rulingForm", new RulingForm());
		}
		return "evaluation/consensus";
	}

	@PostMapping("/staff/proposals/{id}/consensus")
	String record(@PathVariable long id, @ModelAttribute("consensusForm") ConsensusForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect) {
		Proposal proposal = evaluated(id);
		Map<Long, Consensus.Agreed> agreed = new LinkedHashMap<>();
		for (Criterion criterion : settings.of(proposal.getCall().getId()).criteria()) {
			ConsensusForm.Line line = form.getLines().getOrDefault(criterion.id(), new ConsensusForm.Line());
			String field = "lines[" + criterion.id() + "]";
			boolean blank = (line.getScore() == null || line.getScore().isBlank())
					&& (line.getJustification() == null || line.getJustification().isBlank());
			if (blank) {
				continue;
			}
			Optional<BigDecimal> score = ScoreScale.parse(line.getScore());
			if (score.isEmpty()) {
				result.rejectValue(field + ".score", "review.score.invalid");
			}
			if (line.getJustification() == null || line.getJustification().isBlank()) {
				result.rejectValue(field + ".justification", "consensus.justification.required");
			}
			else if (line.getJustification().length() > 4000) {
				result.rejectValue(field + ".justification", "review.comment.long");
			}
			score.ifPresent(value -> agreed.put(criterion.id(), new Consensus.Agreed(value, line.getJustification())));
		}
		if (result.hasErrors()) {
			return page(id, model);
		}
		try {
			consensus.record(id, agreed, form.getStamp() == null ? "" : form.getStamp(), staff.id(), staff.email());
			redirect.addFlashAttribute("recorded", true);
		}
		catch (EvaluationRefusedException ex) {
			EvaluationController.refuse(redirect, ex);
		}
		return "redirect:/staff/proposals/" + id + "/evaluation";
	}

	@PostMapping("/staff/proposals/{id}/conflicts")
	String rule(@PathVariable long id, @ModelAttribute("rulingForm") RulingForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect) {
		evaluated(id);
		if (form.getReviewerId() == null || profiles.reviewers().stream().noneMatch(r -> r.id() == form.getReviewerId())) {
			result.rejectValue("reviewerId", "conflict.reviewer.required");
		}
		if (form.getInConflict() == null) {
			result.rejectValue("inConflict", "conflict.choice.required");
		}
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "conflict.reason.required");
		}
		if (result.hasErrors()) {
			return page(id, model);
		}
		conflicts.rule(id, form.getReviewerId(), form.getInConflict(), form.getReason(), staff.id(), staff.email());
		redirect.addFlashAttribute("ruled", true);
		return "redirect:/staff/proposals/" + id + "/evaluation#conflicts";
	}

	private Proposal evaluated(long id) {
		return proposals.findWithMembersById(id)
			.filter(Proposal::hasBeenSubmitted)
			.orElseThrow(() -> new ProposalNotFoundException(id));
	}

	private static String halfPoint(ScoreStatistics statistics) {
		BigDecimal doubled = statistics.median().multiply(BigDecimal.valueOf(2))
			.setScale(0, RoundingMode.HALF_UP);
		return doubled.divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
	}
}
