package health.flanders.portal.web.proposals;

import java.time.Instant;

/** A save of a proposal that a co-applicant has changed since the form was opened; it carries their version. */
public class StaleProposalException extends RuntimeException {

	private final ProposalForm current;

	private final Instant changedAt;

	StaleProposalException(ProposalForm current, Instant changedAt) {
		super("The proposal was changed by someone else at " + changedAt);
		this.current = current;
		this.changedAt = changedAt;
	}

	public ProposalForm current() {
		return current;
	}

	public Instant changedAt() {
		return changedAt;
	}
}
