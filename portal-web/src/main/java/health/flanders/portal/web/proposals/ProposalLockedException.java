package health.flanders.portal.web.proposals;

/** The proposal is submitted or withdrawn and cannot be changed; reopen it first. */
public class ProposalLockedException extends RuntimeException {

	ProposalLockedException() {
		super("The proposal is submitted or withdrawn and cannot be changed; reopen it first.");
	}
}
