package health.flanders.portal.call.eligibility;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * One finding of the eligibility check, in words. Blocking reasons make a consortium ineligible; the others explain a
 * count. The message code and arguments let a page say it in the reader's language; the default message is English.
 */
public final class Reason implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	private final String defaultMessage;

	private final boolean blocking;

	Reason(String code, boolean blocking, String defaultMessage, Object... arguments) {
		this.code = code;
		this.blocking = blocking;
		this.defaultMessage = defaultMessage;
		this.arguments = arguments.clone();
	}

	public String code() {
		return code;
	}

	public boolean blocking() {
		return blocking;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return defaultMessage;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Reason reason && code.equals(reason.code) && blocking == reason.blocking
				&& Arrays.equals(arguments, reason.arguments);
	}

	@Override
	public int hashCode() {
		return Objects.hash(code, blocking, Arrays.hashCode(arguments));
	}

	@Override
	public String toString() {
		return defaultMessage;
	}
}
