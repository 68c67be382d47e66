package health.flanders.portal.web.evaluation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.evaluation.RankingDropout;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Csv;
import health.flanders.portal.web.system.Downloads;

/**
 * The ranking of a call with its funding line, the proposals that drop out, the decision and the CSV export. A refusal
 * (the call decided, consensus missing) goes back to the page through the refusal advice.
 */
@Controller
class RankingController {

	private final CallRanking ranking;

	private final CallDecision decision;

	RankingController(CallRanking ranking, CallDecision decision) {
		this.ranking = ranking;
		this.decision = decision;
	}

	@GetMapping("/staff/calls/{id}/ranking")
	String page(@PathVariable long id, Model model) {
		model.addAttribute("ranking", ranking.of(id));
		return "evaluation/ranking";
	}

	@PostMapping("/staff/calls/{id}/ranking/dropouts")
	String dropOut(@PathVariable long id, @RequestParam long proposalId, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.strip().length() > RankingDropout.MAX_REASON_LENGTH) {
			redirect.addFlashAttribute("dropoutError", proposalId);
			redirect.addFlashAttribute("dropoutReason", reason);
			return "redirect:/staff/calls/" + id + "/ranking";
		}
		decision.dropOut(id, proposalId, reason, staff.id(), staff.email());
		redirect.addFlashAttribute("droppedOut", true);
		return "redirect:/staff/calls/" + id + "/ranking";
	}

	@PostMapping("/staff/calls/{id}/decision")
	String decide(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect) {
		decision.decide(id, staff.id(), staff.email());
		redirect.addFlashAttribute("decided", true);
		return "redirect:/staff/calls/" + id + "/ranking";
	}

	@GetMapping("/staff/calls/{id}/ranking.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Csv csv = Csv.to(out)) {
			ranking.csv(id).forEach(csv::row);
		}
		return Downloads.of(new MediaType("text", "csv", StandardCharsets.UTF_8), "ranking-" + id + ".csv",
				out.toByteArray());
	}
}
