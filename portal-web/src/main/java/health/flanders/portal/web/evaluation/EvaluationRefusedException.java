package health.flanders.portal.web.evaluation;

/** A step of the evaluation that its rules do not allow now; the message key says why, for the page. */
public class EvaluationRefusedException extends RuntimeException {

	private final transient Object[] arguments;

	public EvaluationRefusedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	public String messageKey() {
		return getMessage();
	}

	public Object[] arguments() {
		return this.arguments;
	}
}
