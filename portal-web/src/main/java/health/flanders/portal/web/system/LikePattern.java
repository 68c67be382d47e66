package health.flanders.portal.web.system;

import java.util.Locale;

/** A search text as a SQL {@code LIKE ... escape '\'} pattern. */
public final class LikePattern {

	private LikePattern() {
	}

	/** The text anywhere, in lower case, its own {@code % _ \} taken literally. */
	public static String containing(String text) {
		return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}
}
