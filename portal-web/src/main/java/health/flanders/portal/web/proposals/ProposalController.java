package health.flanders.portal.web.proposals;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import health.flanders.portal.web.security.SignedInUser;

@Controller
class ProposalController {

	private final ApplicantProposals proposals;

	private final MessageSource messages;

	ProposalController(ApplicantProposals proposals, MessageSource messages) {
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/proposals")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("proposals", proposals.of(user.id()));
		return "proposals/list";
	}

	@GetMapping("/proposals/{id}")
	String detail(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		ProposalDetail proposal = proposals.get(id, user.id());
		model.addAttribute("proposal", proposal);
		model.addAttribute("reasons", proposal.eligibility()
			.reasons()
			.stream()
			.map(reason -> messages.getMessage(reason, locale))
			.toList());
		return "proposals/detail";
	}
}
