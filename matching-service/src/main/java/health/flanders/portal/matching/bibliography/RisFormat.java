package health.flanders.portal.matching.bibliography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * RIS, as EndNote, Zotero, Mendeley and most publishers export it: records from {@code TY} to {@code ER}, the title in
 * {@code TI} or {@code T1}, the abstract in {@code AB} or {@code N2}, the year in {@code PY}, {@code Y1} or {@code DA},
 * the DOI in {@code DO}, and a PubMed id, when there is one, in {@code AN} or {@code C2} written {@code PMID: n}.
 */
final class RisFormat {

	private RisFormat() {
	}

	static List<ImportedPublication> read(String text) {
		List<ImportedPublication> publications = new ArrayList<>();
		for (Map<String, List<String>> record : TaggedRecords.read(text, "TY", "ER")) {
			publications.add(TaggedRecords.publication(publications.size() + 1,
					TaggedRecords.first(record, "TI", "T1", "CT", "BT"), TaggedRecords.first(record, "AB", "N2"),
					TaggedRecords.year(TaggedRecords.first(record, "PY", "Y1", "DA")), TaggedRecords.first(record, "DO"),
					pmid(record)));
		}
		return publications;
	}

	private static String pmid(Map<String, List<String>> record) {
		for (String tag : List.of("AN", "C2")) {
			for (String value : record.getOrDefault(tag, List.of())) {
				String trimmed = value.replaceFirst("(?i)^pmid:\\s*", "");
				if (!trimmed.equals(value) && trimmed.matches("\\d+")) {
					return trimmed;
				}
			}
		}
		return null;
	}
}
