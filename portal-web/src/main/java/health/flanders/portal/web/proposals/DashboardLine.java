package health.flanders.portal.web.proposals;

import java.time.Duration;
import java.time.Instant;

import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.proposal.ProposalSummary;

/** One line of an applicant's dashboard: where a proposal stands, what to do next and the time left to do it. */
public record DashboardLine(long id, String acronym, String title, String reference, ProposalStatus status,
		Instant deadline, String nextStep, Duration timeLeft) {

	static DashboardLine of(ProposalSummary proposal, Instant now) {
		Instant deadline = proposal.deadline();
		boolean open = proposal.callAcceptsSubmissionsAt(now);
		return new DashboardLine(proposal.id(), proposal.acronym(), proposal.title(), proposal.reference(),
				proposal.status(), deadline, nextStep(proposal, open),
				open ? Duration.between(now, deadline) : null);
	}

	private static String nextStep(ProposalSummary proposal, boolean open) {
		String step = switch (proposal.status()) {
			case DRAFT -> !open ? (proposal.hasBeenSubmitted() ? "evaluation" : "missed")
					: proposal.hasBeenSubmitted() ? "resubmit" : "complete";
			case SUBMITTED -> open ? "submitted" : "evaluation";
			case WITHDRAWN -> "withdrawn";
			case IN_EVALUATION -> "evaluation";
			case FUNDED, NOT_FUNDED -> "decided";
		};
		return "proposal.next." + step;
	}

	/** Days left, whole. */
	public long daysLeft() {
		return timeLeft.toDays();
	}

	/** Hours left beyond the whole days. */
	public int hoursLeft() {
		return timeLeft.toHoursPart();
	}
}
