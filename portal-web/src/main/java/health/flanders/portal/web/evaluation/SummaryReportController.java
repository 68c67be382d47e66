package health.flanders.portal.web.evaluation;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.web.proposals.ApplicantProposals;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;

/** The Evaluation Summary Report: for its applicants once the call is decided, for staff at any time. */
@Controller
class SummaryReportController {

	private final SummaryReports reports;

	private final ApplicantProposals applicantProposals;

	private final ProposalRepository proposals;

	SummaryReportController(SummaryReports reports, ApplicantProposals applicantProposals,
			ProposalRepository proposals) {
		this.reports = reports;
		this.applicantProposals = applicantProposals;
		this.proposals = proposals;
	}

	@GetMapping("/proposals/{id}/summary-report.pdf")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> forApplicant(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			Locale locale) {
		Proposal proposal = applicantProposals.require(id, user);
		if (!proposal.hasBeenSubmitted() || !reports.decided(proposal)) {
			throw new ProposalNotFoundException(id);
		}
		return pdf(proposal, locale);
	}

	@GetMapping("/staff/proposals/{id}/summary-report.pdf")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> forStaff(@PathVariable long id, Locale locale) {
		Proposal proposal = proposals.findWithMembersById(id)
			.filter(Proposal::hasBeenSubmitted)
			.orElseThrow(() -> new ProposalNotFoundException(id));
		return pdf(proposal, locale);
	}

	private ResponseEntity<byte[]> pdf(Proposal proposal, Locale locale) {
		return Downloads.of(MediaType.APPLICATION_PDF, "evaluation-summary-" + proposal.getAcronym() + ".pdf",
				reports.pdf(proposal, locale));
	}
}
