package health.flanders.portal.web.staff;

import health.flanders.portal.call.NotFoundException;

/** No organisation with this id in the registry. */
public class OrganisationNotFoundException extends NotFoundException {

	OrganisationNotFoundException(long id) {
		super("organisation", id);
	}
}
