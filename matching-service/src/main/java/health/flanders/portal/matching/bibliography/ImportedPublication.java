package health.flanders.portal.matching.bibliography;

import java.util.Locale;

/**
 * A publication read from an export: its title (never blank), and its abstract, year, DOI and PubMed id when the
 * export gives them (null when not). The DOI is kept in lower case without a resolver prefix, as DOIs compare
 * case-insensitively.
 */
public record ImportedPublication(String title, String abstractText, Integer year, String doi, String pmid) {

	public ImportedPublication {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A publication needs a title");
		}
		title = clean(title);
		abstractText = blankToNull(abstractText == null ? null : clean(abstractText));
		doi = normalisedDoi(doi);
		pmid = blankToNull(pmid == null ? null : pmid.strip());
	}

	/** The title in lower case with only its letters and digits, single-spaced: the key when there is no id. */
	public String titleKey() {
		return normalisedTitle(title);
	}

	public static String normalisedTitle(String title) {
		return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	static String normalisedDoi(String doi) {
		if (doi == null) {
			return null;
		}
		String bare = doi.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)", "");
		return blankToNull(bare.toLowerCase(Locale.ROOT));
	}

	private static String clean(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
