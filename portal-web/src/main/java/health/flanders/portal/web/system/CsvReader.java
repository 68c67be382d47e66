package health.flanders.portal.web.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheet programs write it (RFC 4180): a header row, cells separated by {@code ;} or {@code ,}
 * (whichever the header uses), quoted cells with doubled quotes and line breaks inside, a byte-order mark ignored.
 */
public final class CsvReader {

	private CsvReader() {
	}

	/** Every row, the header first; {@code null} when a quote is left open. */
	public static List<List<String>> read(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int firstLineEnd = content.indexOf('\n') < 0 ? content.length() : content.indexOf('\n');
		String header = content.substring(0, firstLineEnd);
		char separator = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count()
				? ';' : ',';
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (!(row.size() == 1 && row.get(0).isEmpty())) {
					rows.add(row);
				}
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
