package health.flanders.portal.call;

/** No call with this id, or not one the reader may see. */
public class CallNotFoundException extends NotFoundException {

	public CallNotFoundException(long id) {
		super("call", id);
	}
}
