package health.flanders.portal.matching.bibliography;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ORCID's JSON of a record's works, as its public API answers {@code GET /v3.0/{orcid}/works}: {@code group[]}, each
 * with {@code work-summary[]} (the first, the preferred source, is read) giving {@code title.title.value},
 * {@code publication-date.year.value} and {@code external-ids.external-id[]} (types {@code doi} and {@code pmid}).
 * The full works of {@code /works/{putCodes}} ({@code bulk[].work}) are read too, with their {@code short-description}
 * as the abstract; the summaries carry no abstract.
 */
final class OrcidWorksFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OrcidWorksFormat() {
	}

	static List<ImportedPublication> read(String text) {
		JsonNode root;
		try {
			root = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			throw new UnreadableBibliographyException("publications.import.malformed", "JSON");
		}
		List<JsonNode> works = new ArrayList<>();
		if (root.path("group").isArray()) {
			root.path("group").forEach(group -> {
				JsonNode summaries = group.path("work-summary");
				if (summaries.isArray() && !summaries.isEmpty()) {
					works.add(summaries.get(0));
				}
			});
		}
		else if (root.path("bulk").isArray()) {
			root.path("bulk").forEach(item -> works.add(item.path("work")));
		}
		else {
			throw new UnreadableBibliographyException("publications.import.unknownFormat", null);
		}
		List<ImportedPublication> publications = new ArrayList<>();
		for (JsonNode work : works) {
			String doi = null;
			String pmid = null;
			for (JsonNode id : work.path("external-ids").path("external-id")) {
				String type = id.path("external-id-type").asString("");
				String value = id.path("external-id-value").asString(null);
				if (type.equalsIgnoreCase("doi") && doi == null) {
					doi = value;
				}
				else if (type.equalsIgnoreCase("pmid") && pmid == null) {
					pmid = value;
				}
			}
			publications.add(TaggedRecords.publication(publications.size() + 1, text(work.path("title").path("title")),
					text(work.path("short-description")), TaggedRecords.year(text(work.path("publication-date").path("year"))),
					doi, pmid));
		}
		return publications;
	}

	private static String text(JsonNode node) {
		JsonNode value = node.isObject() ? node.path("value") : node;
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}
}
