package health.flanders.portal.web.theme;

/**
 * A setting of the operator's identity the portal cannot start with: a colour too light to read (or not a colour), a
 * logo that is not an SVG or PNG file. Says which setting, what is wrong with it and what to do.
 */
class ThemeSettingException extends RuntimeException {

	private final String variable;

	private final String action;

	ThemeSettingException(String variable, String problem, String action) {
		super(variable + ": " + problem);
		this.variable = variable;
		this.action = action;
	}

	/** The environment variable of the setting, e.g. {@code ICON_OPERATOR_PRIMARY_COLOUR}. */
	String variable() {
		return variable;
	}

	String action() {
		return action;
	}
}
