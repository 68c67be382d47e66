package health.flanders.portal.call;

import java.util.Locale;

/**
 * A text of a call in English and Dutch. A reader of Dutch sees the Dutch text; everyone else, and a Dutch reader of a
 * call whose Dutch text is still missing, sees the English one.
 */
public record Bilingual(String en, String nl) {

	public Bilingual {
		en = en == null ? "" : en.strip();
		nl = nl == null ? "" : nl.strip();
	}

	public String in(Locale locale) {
		return locale != null && "nl".equals(locale.getLanguage()) && !nl.isEmpty() ? nl : en;
	}
}
