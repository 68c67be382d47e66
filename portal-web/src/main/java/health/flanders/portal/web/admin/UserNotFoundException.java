package health.flanders.portal.web.admin;

import health.flanders.portal.call.NotFoundException;

/** No account has this id. */
class UserNotFoundException extends NotFoundException {

	UserNotFoundException(long id) {
		super("user", id);
	}
}
