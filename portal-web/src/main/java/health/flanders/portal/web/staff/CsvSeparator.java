package health.flanders.portal.web.staff;

import java.util.Arrays;
import java.util.Optional;

/** The separators the registry's CSV import reads: as chosen on the form, or as a first line {@code sep=;} declares. */
public enum CsvSeparator {

	COMMA(','), SEMICOLON(';'), TAB('\t');

	private final char character;

	CsvSeparator(char character) {
		this.character = character;
	}

	public char character() {
		return character;
	}

	/** The separator written as this character, if the import reads it. */
	static Optional<CsvSeparator> of(char character) {
		return Arrays.stream(values()).filter(separator -> separator.character == character).findFirst();
	}
}
