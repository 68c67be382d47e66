package health.flanders.portal.web.proposals;

/** The call no longer takes changes: its deadline has passed or it is not open. */
public class ProposalClosedException extends RuntimeException {

	ProposalClosedException() {
		super("The call no longer takes changes: its deadline has passed or it is not open.");
	}
}
