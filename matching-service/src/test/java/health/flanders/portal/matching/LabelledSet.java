package health.flanders.portal.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;

/**
 * The labelled test set under {@code labelled/}: 60 organisation profiles, and proposal texts each with the
 * organisation a person would pick first. Blocks of {@code field: value} lines, separated by a blank line.
 */
final class LabelledSet {

	/** A proposal text and the key of the organisation a person would pick first. */
	record Case(String expected, String area, String text) {
	}

	final Map<String, RegistryEntry> organisations = new LinkedHashMap<>();

	final List<Case> cases = new ArrayList<>();

	static LabelledSet load() {
		LabelledSet set = new LabelledSet();
		long id = 1;
		for (Map<String, String> block : blocks("labelled/registry.txt")) {
			set.organisations.put(block.get("key"),
					new RegistryEntry(id++, block.get("name"), OrganisationType.valueOf(block.get("type")),
							Region.of("BE", block.get("postal")), block.get("group"), list(block.get("expertise")),
							list(block.get("technologies")), list(block.get("areas")), block.get("description"),
							block.get("offers")));
		}
		for (Map<String, String> block : blocks("labelled/proposals.txt")) {
			set.cases.add(new Case(block.get("expect"), block.get("area"), block.get("text")));
		}
		return set;
	}

	private static List<Map<String, String>> blocks(String resource) {
		List<Map<String, String>> blocks = new ArrayList<>();
		Map<String, String> block = new LinkedHashMap<>();
		for (String line : read(resource).split("\n")) {
			if (line.isBlank()) {
				if (!block.isEmpty()) {
					blocks.add(block);
					block = new LinkedHashMap<>();
				}
				continue;
			}
			int colon = line.indexOf(':');
			block.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
		}
		if (!block.isEmpty()) {
			blocks.add(block);
		}
		return blocks;
	}

	private static List<String> list(String value) {
		return value == null || value.isBlank() ? List.of()
				: Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
	}

	private static String read(String resource) {
		try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
