package health.flanders.portal.web.partnering;

/** A meeting request the rules do not allow; the code says why, beside the form's field. */
class RequestRefusedException extends RuntimeException {

	private final String code;

	RequestRefusedException(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return code;
	}
}
