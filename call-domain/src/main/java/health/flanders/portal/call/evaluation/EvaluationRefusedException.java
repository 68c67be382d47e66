package health.flanders.portal.call.evaluation;

import health.flanders.portal.call.RefusedException;

/** A step of the evaluation that its rules do not allow now; the message code says why, for the page. */
public class EvaluationRefusedException extends RefusedException {

	public EvaluationRefusedException(String code, Object... arguments) {
		super(code, code, arguments);
	}
}
