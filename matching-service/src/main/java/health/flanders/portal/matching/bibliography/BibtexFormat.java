package health.flanders.portal.matching.bibliography;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BibTeX, as reference managers, Google Scholar and ORCID ("Export works: BibTeX") write it: entries
 * {@code @type{key, field = {value} | "value" | number, ...}}; the title, {@code abstract}, {@code year}, {@code doi}
 * and {@code pmid} fields are read. {@code @comment}, {@code @string} and {@code @preamble} are skipped; braces and the
 * common accent commands are taken out of the values.
 */
final class BibtexFormat {

	private static final Pattern ACCENT = Pattern.compile("\\\\([`'^\"~=.uvHc])\\s*\\{?([A-Za-z])\\}?");

	/** The combining marks of LaTeX's accent commands. */
	private static final Map<Character, String> COMBINING = Map.of('`', "\u0300", '\'', "\u0301", '^', "\u0302", '"',
			"\u0308", '~', "\u0303", '=', "\u0304", '.', "\u0307", 'u', "\u0306", 'v', "\u030C", 'c', "\u0327");

	private final String text;

	private int at;

	private BibtexFormat(String text) {
		this.text = text;
	}

	static List<ImportedPublication> read(String text) {
		return new BibtexFormat(text).entries();
	}

	private List<ImportedPublication> entries() {
		List<ImportedPublication> publications = new ArrayList<>();
		while (true) {
			int start = text.indexOf('@', at);
			if (start < 0) {
				return publications;
			}
			at = start + 1;
			String type = word().toLowerCase(Locale.ROOT);
			skipSpace();
			if (type.isEmpty() || at >= text.length() || (peek() != '{' && peek() != '(')) {
				throw malformed(publications.size() + 1);
			}
			char close = peek() == '{' ? '}' : ')';
			at++;
			if (type.equals("comment") || type.equals("preamble") || type.equals("string")) {
				at = matching(start, close, publications.size() + 1);
				continue;
			}
			Map<String, String> fields = fields(close, publications.size() + 1);
			publications.add(TaggedRecords.publication(publications.size() + 1, fields.get("title"),
					fields.get("abstract"), TaggedRecords.year(fields.get("year")), fields.get("doi"), fields.get("pmid")));
		}
	}

	private Map<String, String> fields(char close, int number) {
		Map<String, String> fields = new LinkedHashMap<>();
		int comma = text.indexOf(',', at);
		int end = text.indexOf(close, at);
		if (comma < 0 || (end >= 0 && end < comma)) {
			throw malformed(number);
		}
		at = comma + 1;
		while (true) {
			skipSpace();
			if (at >= text.length()) {
				throw malformed(number);
			}
			if (peek() == close) {
				at++;
				return fields;
			}
			String name = word().toLowerCase(Locale.ROOT);
			skipSpace();
			if (name.isEmpty() || at >= text.length() || peek() != '=') {
				throw malformed(number);
			}
			at++;
			StringBuilder value = new StringBuilder();
			do {
				skipSpace();
				value.append(value(number));
				skipSpace();
			}
			while (at < text.length() && peek() == '#' && ++at > 0);
			fields.put(name, cleaned(value.toString()));
			if (at < text.length() && peek() == ',') {
				at++;
			}
			else if (at >= text.length() || peek() != close) {
				throw malformed(number);
			}
		}
	}

	private String value(int number) {
		if (at >= text.length()) {
			throw malformed(number);
		}
		char first = peek();
		if (first == '{') {
			int end = matching(at, '}', number);
			String value = text.substring(at + 1, end - 1);
			at = end;
			return value;
		}
		if (first == '"') {
			int depth = 0;
			for (int i = at + 1; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '{') {
					depth++;
				}
				else if (c == '}') {
					depth--;
				}
				else if (c == '"' && depth == 0 && text.charAt(i - 1) != '\\') {
					String value = text.substring(at + 1, i);
					at = i + 1;
					return value;
				}
			}
			throw malformed(number);
		}
		String bare = word();
		if (bare.isEmpty()) {
			throw malformed(number);
		}
		return bare;
	}

	/** The position after the brace that closes the one at or after {@code from}. */
	private int matching(int from, char close, int number) {
		int depth = 0;
		char open = close == '}' ? '{' : '(';
		for (int i = text.indexOf(open, from); i >= 0 && i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == open) {
				depth++;
			}
			else if (c == close && --depth == 0) {
				return i + 1;
			}
		}
		throw malformed(number);
	}

	private String word() {
		int start = at;
		while (at < text.length() && (Character.isLetterOrDigit(peek()) || "_-:.+/".indexOf(peek()) >= 0)) {
			at++;
		}
		return text.substring(start, at);
	}

	private void skipSpace() {
		while (at < text.length() && Character.isWhitespace(peek())) {
			at++;
		}
	}

	private char peek() {
		return text.charAt(at);
	}

	private static String cleaned(String value) {
		Matcher accent = ACCENT.matcher(value);
		StringBuilder accented = new StringBuilder();
		while (accent.find()) {
			String mark = COMBINING.getOrDefault(accent.group(1).charAt(0), "");
			accent.appendReplacement(accented, Matcher.quoteReplacement(accent.group(2) + mark));
		}
		accent.appendTail(accented);
		return Normalizer.normalize(accented.toString(), Normalizer.Form.NFC)
			.replace("\\&", "&")
			.replace("\\%", "%")
			.replace("\\_", "_")
			.replaceAll("\\\\[a-zA-Z]+\\s*", "")
			.replace("{", "")
			.replace("}", "")
			.replace("--", "–");
	}

	private static UnreadableBibliographyException malformed(int number) {
		return new UnreadableBibliographyException("publications.import.malformed", "entry " + number);
	}
}
