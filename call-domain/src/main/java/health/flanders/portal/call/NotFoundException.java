package health.flanders.portal.call;

/**
 * Something asked for by id does not exist, or the reader may not see it. Both answer the same way (404), so that a
 * guessed id tells nothing about what exists.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super("No " + what + " " + id);
	}
}
