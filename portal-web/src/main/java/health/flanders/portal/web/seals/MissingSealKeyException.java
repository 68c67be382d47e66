package health.flanders.portal.web.seals;

/** A key of the portal's seals is not set or not usable: the portal does not start without it. */
class MissingSealKeyException extends RuntimeException {

	private final String variable;

	private final String howToMake;

	MissingSealKeyException(String problem, String variable, String howToMake, Throwable cause) {
		super(problem, cause);
		this.variable = variable;
		this.howToMake = howToMake;
	}

	String variable() {
		return variable;
	}

	String howToMake() {
		return howToMake;
	}
}
