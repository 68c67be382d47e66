package health.flanders.portal.web.proposals;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;

/** The proposals an applicant is on, and nothing else. */
@Service
@Transactional(readOnly = true)
public class ApplicantProposals {

	private final ProposalRepository proposals;

	ApplicantProposals(ProposalRepository proposals) {
		this.proposals = proposals;
	}

	public List<ProposalSummary> of(long applicantId) {
		return proposals.findAllForApplicant(applicantId).stream().map(ApplicantProposals::toSummary).toList();
	}

	/** @throws ProposalNotFoundException also when the proposal exists but this applicant is not on it */
	public ProposalDetail get(long proposalId, long applicantId) {
		Proposal proposal = proposals.findForApplicant(proposalId, applicantId)
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
		List<ProposalDetail.Member> members = proposal.getMembers()
			.stream()
			.map(member -> new ProposalDetail.Member(member.getOrganisation().getName(),
					member.getOrganisation().getType(), member.getOrganisation().getRegion(), member.getRole(),
					member.getRequestedBudgetEur()))
			.toList();
		return new ProposalDetail(toSummary(proposal), proposal.getAbstractText(), members,
				proposal.checkEligibility());
	}

	private static ProposalSummary toSummary(Proposal proposal) {
		return new ProposalSummary(proposal.getId(), proposal.getAcronym(), proposal.getTitle(), proposal.getStatus(),
				proposal.getCall().getId(), proposal.getCall().getTitle(), proposal.getCall().getDeadline());
	}
}
