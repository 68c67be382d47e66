package health.flanders.portal.call.session;

import health.flanders.portal.call.RefusedException;

/**
 * A change an information session's rules do not allow now, such as cancelling a session that has ended. The message
 * code ({@code session.refused.…}) lets a page say why in the reader's language.
 */
public class SessionChangeRefusedException extends RefusedException {

	public SessionChangeRefusedException(String code, String defaultMessage) {
		super(code, defaultMessage);
	}
}
