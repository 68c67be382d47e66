package health.flanders.portal.call.proposal;

import health.flanders.portal.call.NotFoundException;

/** No proposal with this id that the reader may see. */
public class ProposalNotFoundException extends NotFoundException {

	public ProposalNotFoundException(long id) {
		super("proposal", id);
	}
}
