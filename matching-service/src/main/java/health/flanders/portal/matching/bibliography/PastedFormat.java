package health.flanders.portal.matching.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and abstracts pasted: one publication per block, blocks separated by an empty line. A block's first line is
 * the title, ending, when the year is known, in the year in brackets ({@code Cancer genomics in practice (2021)});
 * the lines after it are the abstract, which may be left out. A DOI anywhere in the block ({@code 10.xxxx/...}) is
 * taken as its DOI.
 */
final class PastedFormat {

	private static final Pattern TITLE_YEAR = Pattern.compile("^(.*?)\\s*\\((1[89]\\d\\d|20\\d\\d)\\)\\s*$");

	private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/\\S+[^\\s.,;])");

	private PastedFormat() {
	}

	static List<ImportedPublication> read(String text) {
		List<ImportedPublication> publications = new ArrayList<>();
		for (String block : text.replace("\r\n", "\n").strip().split("\\n\\s*\\n")) {
			if (block.isBlank()) {
				continue;
			}
			String[] lines = block.strip().split("\n", 2);
			String title = lines[0].strip();
			Integer year = null;
			Matcher titleYear = TITLE_YEAR.matcher(title);
			if (titleYear.matches()) {
				title = titleYear.group(1);
				year = Integer.valueOf(titleYear.group(2));
			}
			String abstractText = lines.length > 1 ? lines[1] : null;
			Matcher doi = DOI.matcher(block);
			publications.add(TaggedRecords.publication(publications.size() + 1, title, abstractText, year,
					doi.find() ? doi.group(1) : null, null));
		}
		return publications;
	}
}
