package health.flanders.portal.call.organisation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the registry of Connect keeps of an organisation: who it is, where it operates, what it does, offers and looks
 * for, and the contact person who agreed to be listed (on {@code contactListedOn}).
 */
public record PartnerProfile(String name, OrganisationType type, OrganisationSize size, ResearchKind researchKind,
		EnterpriseNumber enterpriseNumber, String corporateGroup, String street, String postalCode, String city,
		String country, String website, List<String> expertise, String description, List<String> therapeuticAreas,
		List<String> technologies, Set<ValueChainPlace> valueChain, String offers, String looksFor, String contactName,
		String contactEmail, LocalDate contactListedOn) {

	/** Each field by its name, for telling what changed between two profiles. */
	static final Map<String, Function<PartnerProfile, Object>> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("name", PartnerProfile::name);
		FIELDS.put("type", PartnerProfile::type);
		FIELDS.put("size", profile -> profile.type() == OrganisationType.ENTERPRISE ? profile.size() : null);
		FIELDS.put("researchKind", profile -> profile.type() == OrganisationType.RTO ? profile.researchKind() : null);
		FIELDS.put("enterpriseNumber", PartnerProfile::enterpriseNumber);
		FIELDS.put("corporateGroup", profile -> blankToNull(profile.corporateGroup()));
		FIELDS.put("address", profile -> blankToNull(profile.street()) + "|" + profile.postalCode() + "|"
				+ profile.city() + "|" + profile.country().toUpperCase(Locale.ROOT));
		FIELDS.put("website", profile -> blankToNull(profile.website()));
		FIELDS.put("expertise", PartnerProfile::expertise);
		FIELDS.put("description", PartnerProfile::description);
		FIELDS.put("therapeuticAreas", PartnerProfile::therapeuticAreas);
		FIELDS.put("technologies", PartnerProfile::technologies);
		FIELDS.put("valueChain", PartnerProfile::valueChain);
		FIELDS.put("offers", PartnerProfile::offers);
		FIELDS.put("looksFor", PartnerProfile::looksFor);
		FIELDS.put("contact", profile -> blankToNull(profile.contactName()) + "|" + blankToNull(profile.contactEmail())
				+ "|" + (blankToNull(profile.contactName()) == null ? null : profile.contactListedOn()));
	}

	/** The names of the fields that differ between two profiles, in the order of {@link #FIELDS}. */
	public static List<String> changes(PartnerProfile before, PartnerProfile after) {
		return FIELDS.entrySet()
			.stream()
			.filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(after)))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** This profile with another corporate group name ({@code null} for none). */
	public PartnerProfile inGroup(String corporateGroup) {
		return new PartnerProfile(name, type, size, researchKind, enterpriseNumber, corporateGroup, street, postalCode,
				city, country, website, expertise, description, therapeuticAreas, technologies, valueChain, offers,
				looksFor, contactName, contactEmail, contactListedOn);
	}

	public PartnerProfile {
		expertise = List.copyOf(expertise);
		therapeuticAreas = List.copyOf(therapeuticAreas);
		technologies = List.copyOf(technologies);
		valueChain = valueChain.isEmpty() ? Set.of() : EnumSet.copyOf(valueChain);
		description = description == null ? "" : description;
		offers = offers == null ? "" : offers;
		looksFor = looksFor == null ? "" : looksFor;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
