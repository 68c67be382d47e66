package health.flanders.portal.web.staff;

/** Another organisation of the registry already has this enterprise number. */
public class EnterpriseNumberTakenException extends RuntimeException {

	private final String holder;

	EnterpriseNumberTakenException(String holder) {
		super("The enterprise number belongs to " + holder);
		this.holder = holder;
	}

	public String holder() {
		return holder;
	}
}
