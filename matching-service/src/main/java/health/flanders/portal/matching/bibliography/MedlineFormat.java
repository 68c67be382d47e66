package health.flanders.portal.matching.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PubMed's MEDLINE export ({@code .nbib}, "Send to: Citation manager"): records starting at {@code PMID-}, the title in
 * {@code TI}, the abstract in {@code AB}, the year in {@code DP} and the DOI in an {@code LID} or {@code AID} ending in
 * {@code [doi]}.
 */
final class MedlineFormat {

	private MedlineFormat() {
	}

	static List<ImportedPublication> read(String text) {
		List<ImportedPublication> publications = new ArrayList<>();
		for (Map<String, List<String>> record : TaggedRecords.read(text, "PMID", null)) {
			publications.add(TaggedRecords.publication(publications.size() + 1, TaggedRecords.first(record, "TI", "BTI"),
					TaggedRecords.first(record, "AB"), TaggedRecords.year(TaggedRecords.first(record, "DP", "DEP")),
					doi(record), TaggedRecords.first(record, "PMID")));
		}
		return publications;
	}

	private static String doi(Map<String, List<String>> record) {
		for (String tag : List.of("LID", "AID")) {
			for (String value : record.getOrDefault(tag, List.of())) {
				if (value.endsWith("[doi]")) {
					return value.substring(0, value.length() - "[doi]".length()).strip();
				}
			}
		}
		return null;
	}
}
