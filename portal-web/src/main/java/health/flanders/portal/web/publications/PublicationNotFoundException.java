package health.flanders.portal.web.publications;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A publication that is not there, or not the signed-in reviewer's. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PublicationNotFoundException extends RuntimeException {

	public PublicationNotFoundException(long id) {
		super("No publication " + id);
	}
}
