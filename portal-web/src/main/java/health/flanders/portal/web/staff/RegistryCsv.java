package health.flanders.portal.web.staff;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of the registry with Apache Commons CSV (RFC 4180: quoted cells with doubled quotes, separators and
 * line breaks inside). The separator is never guessed: a first line {@code sep=;}, as Excel writes it, declares it;
 * without one it is the separator chosen on the import form. A byte order mark is skipped.
 */
final class RegistryCsv {

	private static final Pattern SEPARATOR_LINE = Pattern.compile("\\Asep=(.?)\\r?(\\n|\\z)", Pattern.CASE_INSENSITIVE);

	private RegistryCsv() {
	}

	/** A record of the file: its number (the header is 1; a {@code sep=} line is not counted) and its cells. */
	record Line(int number, List<String> cells) {
	}

	/**
	 * Every record of the file, the header first; empty lines are skipped.
	 * @throws RegistryImport.UnreadableFileException when a quote is left open or the {@code sep=} line names a
	 * separator the import does not read
	 */
	static List<Line> read(String text, CsvSeparator chosen) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		CsvSeparator separator = chosen;
		Matcher declared = SEPARATOR_LINE.matcher(content);
		if (declared.find()) {
			String character = declared.group(1);
			separator = character.length() == 1 ? CsvSeparator.of(character.charAt(0)).orElse(null) : null;
			if (separator == null) {
				throw new RegistryImport.UnreadableFileException("registry.import.unreadable.separatorLine");
			}
			content = content.substring(declared.end());
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator.character())
			.setIgnoreEmptyLines(true)
			.get();
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (!(cells.size() == 1 && cells.get(0).isBlank())) {
					lines.add(new Line((int) record.getRecordNumber(), cells));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV stops at a quoted cell that never closes ("EOF reached before encapsulated token finished").
			throw new RegistryImport.UnreadableFileException("registry.import.unreadable.quote");
		}
		return lines;
	}
}
