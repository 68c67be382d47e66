package health.flanders.portal.call.organisation;

import java.util.Locale;

/** Where an organisation operates, as far as the consortium rule cares: for a Belgian address the postal code decides. */
public enum Region {

	FLEMISH_REGION("the Flemish Region"),
	BRUSSELS_CAPITAL_REGION("the Brussels-Capital Region"),
	WALLOON_REGION("the Walloon Region"),
	ABROAD("abroad"),
	UNKNOWN("an unknown region");

	private final String displayName;

	Region(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * The region of an address. In Belgium: 1000-1299 Brussels-Capital, 1300-1499 and 4000-7999 Walloon, 1500-3999 and
	 * 8000-9999 Flemish; anything else is unknown.
	 */
	public static Region of(String countryCode, String postalCode) {
		if (countryCode == null || countryCode.isBlank()) {
			return UNKNOWN;
		}
		if (!"BE".equals(countryCode.strip().toUpperCase(Locale.ROOT))) {
			return ABROAD;
		}
		String code = postalCode == null ? "" : postalCode.strip();
		if (!code.matches("[0-9]{4}")) {
			return UNKNOWN;
		}
		int number = Integer.parseInt(code);
		if (number < 1000) {
			return UNKNOWN;
		}
		if (number <= 1299) {
			return BRUSSELS_CAPITAL_REGION;
		}
		if (number <= 1499 || (number >= 4000 && number <= 7999)) {
			return WALLOON_REGION;
		}
		return FLEMISH_REGION;
	}

	/** In English, for sentences: "the Flemish Region". */
	public String displayName() {
		return displayName;
	}
}
