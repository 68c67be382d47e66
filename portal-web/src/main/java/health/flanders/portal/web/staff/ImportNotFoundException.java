package health.flanders.portal.web.staff;

import health.flanders.portal.call.NotFoundException;

/** No registry import with this id. */
public class ImportNotFoundException extends NotFoundException {

	ImportNotFoundException(long id) {
		super("registry import", id);
	}
}
