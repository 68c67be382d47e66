package health.flanders.portal.web.proposals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The eligibility of a proposal's consortium, for its applicants and for staff (submitted proposals); anyone else
 * gets 404, as if the proposal did not exist.
 */
@RestController
class EligibilityApiController {

	private final ProposalRepository proposals;

	private final MessageSource messages;

	EligibilityApiController(ProposalRepository proposals, MessageSource messages) {
		this.proposals = proposals;
		this.messages = messages;
	}

	record Eligibility(boolean eligible, int independentFlemishEnterprises, int rtos, List<String> reasons) {
	}

	@GetMapping("/api/v1/proposals/{id}/eligibility")
	@Transactional(readOnly = true)
	Eligibility eligibility(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale) {
		Proposal proposal = proposals.findForApplicant(id, user.id(), user.email())
			.or(() -> user.hasRole(Role.STAFF)
					? proposals.findWithMembersById(id).filter(Proposal::hasBeenSubmitted) : Optional.empty())
			.orElseThrow(() -> new ProposalNotFoundException(id));
		EligibilityResult result = proposal.checkEligibility();
		return new Eligibility(result.eligible(), result.independentFlemishEnterprises(), result.rtos(),
				result.reasons().stream().map(reason -> messages.getMessage(reason, locale)).toList());
	}
}
