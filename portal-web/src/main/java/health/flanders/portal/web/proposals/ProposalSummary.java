package health.flanders.portal.web.proposals;

import java.time.Instant;

import health.flanders.portal.call.proposal.ProposalStatus;

/** One line of an applicant's dashboard. */
public record ProposalSummary(long id, String acronym, String title, ProposalStatus status, long callId,
		String callTitle, Instant deadline) {
}
