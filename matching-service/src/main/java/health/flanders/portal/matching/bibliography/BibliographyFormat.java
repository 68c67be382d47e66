package health.flanders.portal.matching.bibliography;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The exports a reviewer can bring, each recognised by its content rather than by the file's name: PubMed's MEDLINE
 * ({@code .nbib}), RIS, BibTeX (also ORCID's BibTeX export), ORCID's JSON of {@code /works}, and titles and abstracts
 * pasted in the {@link PastedFormat} layout.
 */
public enum BibliographyFormat {

	MEDLINE, RIS, BIBTEX, ORCID_JSON, PASTED;

	private static final Pattern MEDLINE_START = Pattern.compile("(?m)^PMID-\\s*\\d+");

	private static final Pattern RIS_START = Pattern.compile("(?m)^TY  - ");

	private static final Pattern BIBTEX_START = Pattern.compile("(?m)^\\s*@\\s*[A-Za-z]+\\s*[{(]");

	/**
	 * The format of a file's text.
	 * @throws UnreadableBibliographyException ({@code publications.import.unknownFormat}) when it is none of the files
	 */
	public static BibliographyFormat of(String text) {
		String start = text.stripLeading();
		if (start.startsWith("{") || start.startsWith("[")) {
			return ORCID_JSON;
		}
		if (MEDLINE_START.matcher(text).find()) {
			return MEDLINE;
		}
		if (RIS_START.matcher(text).find()) {
			return RIS;
		}
		if (BIBTEX_START.matcher(text).find()) {
			return BIBTEX;
		}
		throw new UnreadableBibliographyException("publications.import.unknownFormat", null);
	}

	/** The publications in this text, read in this format; at least one, or the text is refused. */
	public List<ImportedPublication> read(String text) {
		List<ImportedPublication> read = switch (this) {
			case MEDLINE -> MedlineFormat.read(text);
			case RIS -> RisFormat.read(text);
			case BIBTEX -> BibtexFormat.read(text);
			case ORCID_JSON -> OrcidWorksFormat.read(text);
			case PASTED -> PastedFormat.read(text);
		};
		if (read.isEmpty()) {
			throw new UnreadableBibliographyException("publications.import.empty", null);
		}
		return read;
	}

	/** Reads a file of any of the formats but {@link #PASTED}, recognising which it is. */
	public static List<ImportedPublication> readFile(String text) {
		return of(text).read(text);
	}
}
