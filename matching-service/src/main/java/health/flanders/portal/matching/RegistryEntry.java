package health.flanders.portal.matching;

import java.util.List;
import java.util.Locale;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;

/** What the matching index knows of an active organisation of the registry. */
public record RegistryEntry(long id, String name, OrganisationType type, Region region, String corporateGroup,
		List<String> expertise, List<String> technologies, List<String> therapeuticAreas, String description,
		String offers) {

	public RegistryEntry {
		expertise = List.copyOf(expertise);
		technologies = List.copyOf(technologies);
		therapeuticAreas = List.copyOf(therapeuticAreas);
		description = description == null ? "" : description;
		offers = offers == null ? "" : offers;
	}

	/** The group as the index compares it: trimmed and lower-cased; empty for an independent organisation. */
	public String groupKey() {
		return groupKey(corporateGroup);
	}

	public static String groupKey(String group) {
		return group == null ? "" : group.strip().toLowerCase(Locale.ROOT);
	}

	/** The keywords a person gave: expertise first, then technologies. */
	public List<String> keywords() {
		return java.util.stream.Stream.concat(expertise.stream(), technologies.stream()).toList();
	}

	/** The free text: name, description and what it offers. */
	public String text() {
		return name + "\n" + description + "\n" + offers;
	}
}
