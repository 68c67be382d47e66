package health.flanders.portal.matching.bibliography;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records of a tagged export (MEDLINE and RIS): lines {@code TAG - value}, a value going on in the indented lines
 * after it, a tag that may repeat. Each record maps a tag to its values in order.
 */
final class TaggedRecords {

	private static final Pattern TAGGED = Pattern.compile("^([A-Z][A-Z0-9]{1,3})\\s*-(?: (.*))?$");

	private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

	private TaggedRecords() {
	}

	/**
	 * Splits the text into records: one starts at each {@code startTag} line and ends at the next, at an
	 * {@code endTag} line (when not null) or at the end of the text.
	 * @throws UnreadableBibliographyException when a line of text is neither tagged nor a continuation
	 */
	static List<Map<String, List<String>>> read(String text, String startTag, String endTag) {
		List<Map<String, List<String>>> records = new ArrayList<>();
		Map<String, List<String>> current = null;
		String lastTag = null;
		int lineNumber = 0;
		for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
			lineNumber++;
			line = line.replace("\uFEFF", "");
			if (line.isBlank()) {
				continue;
			}
			Matcher tagged = TAGGED.matcher(line.stripTrailing());
			if (tagged.matches()) {
				String tag = tagged.group(1);
				String value = tagged.group(2) == null ? "" : tagged.group(2).strip();
				if (tag.equals(startTag)) {
					current = new LinkedHashMap<>();
					records.add(current);
				}
				else if (tag.equals(endTag)) {
					current = null;
					lastTag = null;
					continue;
				}
				if (current == null) {
					throw new UnreadableBibliographyException("publications.import.malformed", "line " + lineNumber);
				}
				current.computeIfAbsent(tag, key -> new ArrayList<>()).add(value);
				lastTag = tag;
			}
			else if (current != null && lastTag != null && Character.isWhitespace(line.charAt(0))) {
				List<String> values = current.get(lastTag);
				values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
			}
			else {
				throw new UnreadableBibliographyException("publications.import.malformed", "line " + lineNumber);
			}
		}
		return records;
	}

	/** The record's first value of the first of these tags that it has, or null. */
	static String first(Map<String, List<String>> record, String... tags) {
		for (String tag : tags) {
			List<String> values = record.get(tag);
			if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
				return values.get(0);
			}
		}
		return null;
	}

	/** The first plausible year (1800 to 2099) in a date field, or null. */
	static Integer year(String date) {
		if (date == null) {
			return null;
		}
		Matcher year = YEAR.matcher(date);
		return year.find() ? Integer.valueOf(year.group(1)) : null;
	}

	/** A publication from a record, refusing a record without a title. */
	static ImportedPublication publication(int number, String title, String abstractText, Integer year, String doi,
			String pmid) {
		if (title == null || title.isBlank()) {
			throw new UnreadableBibliographyException("publications.import.noTitle", "record " + number);
		}
		return new ImportedPublication(title, abstractText, year, doi, pmid);
	}
}
