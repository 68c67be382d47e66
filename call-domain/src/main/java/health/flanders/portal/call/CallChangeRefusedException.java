package health.flanders.portal.call;

/**
 * A change a call's rules do not allow now, such as publishing a call twice or starting the evaluation before the
 * deadline. The message code ({@code call.refused.…}) lets a page say why in the reader's language.
 */
public class CallChangeRefusedException extends RefusedException {

	public CallChangeRefusedException(String code, String defaultMessage, Object... arguments) {
		super(code, defaultMessage, arguments);
	}
}
