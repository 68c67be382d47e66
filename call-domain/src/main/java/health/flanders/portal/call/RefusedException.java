package health.flanders.portal.call;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A step that the domain's rules do not allow now. The message code and its arguments let a page say why in the
 * reader's language; the default message says it in English for the log.
 */
public class RefusedException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	public RefusedException(String code, String defaultMessage, Object... arguments) {
		super(defaultMessage);
		this.code = code;
		this.arguments = arguments.clone();
	}

	public String code() {
		return code;
	}

	@Override
	public String[] getCodes() {
		return new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return Arrays.copyOf(arguments, arguments.length);
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}
}
