package health.flanders.portal.call;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A change a call's rules do not allow now, such as publishing a call twice or starting the evaluation before the
 * deadline. The message code ({@code call.refused.…}) lets a page say why in the reader's language.
 */
public class CallChangeRefusedException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	public CallChangeRefusedException(String code, String defaultMessage, Object... arguments) {
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
