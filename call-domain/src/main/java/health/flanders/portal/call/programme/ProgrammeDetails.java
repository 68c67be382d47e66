package health.flanders.portal.call.programme;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What the overview tells about a funding programme, checked once against the rules of the schema.
 * @param region the region (or "national") the programme funds
 * @param country ISO 3166-1 alpha-2, upper case
 * @param yearlyBudgetEur the yearly budget in euros; {@code null} when not published
 * @param link the programme's site, http or https
 */
public record ProgrammeDetails(String region, String country, String programme, String funder,
		BigDecimal yearlyBudgetEur, String link, String description) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	/** @throws IllegalArgumentException when a field breaks a rule */
	public ProgrammeDetails {
		region = required(region, "region");
		programme = required(programme, "programme");
		funder = required(funder, "funder");
		description = required(description, "description");
		link = required(link, "link");
		if (country == null || !COUNTRY.matcher(country).matches()) {
			throw new IllegalArgumentException("A country is two upper-case letters: " + country);
		}
		if (!LINK.matcher(link).matches()) {
			throw new IllegalArgumentException("A link starts with http:// or https://: " + link);
		}
		if (yearlyBudgetEur != null && yearlyBudgetEur.signum() <= 0) {
			throw new IllegalArgumentException("A yearly budget is positive: " + yearlyBudgetEur);
		}
	}

	private static String required(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A funding programme needs a " + name);
		}
		return value.strip();
	}
}
