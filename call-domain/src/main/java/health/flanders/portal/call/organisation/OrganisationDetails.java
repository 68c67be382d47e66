package health.flanders.portal.call.organisation;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who an organisation is and where it operates, as a person types it on any of the portal's forms (staff registering a
 * partner, an applicant adding an organisation to a consortium, an organisation asking to be listed) or as a row of
 * the registry's CSV import has it: the rules of these fields, written once. A form or a row that has no place for a
 * field gives it blank; optional fields may be blank.
 */
public record OrganisationDetails(
		@NotBlank @Size(max = 200) String name,
		@NotNull OrganisationType type,
		@Size(max = 20) @BelgianEnterpriseNumber String enterpriseNumber,
		@Size(max = 200) String corporateGroup,
		@NotBlank @Size(max = 10) String postalCode,
		@NotBlank @Size(max = 100) String city,
		@NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
		@Size(max = 300) @Pattern(regexp = "|https?://\\S+") String website) {

	public OrganisationDetails {
		name = blankIfNull(name);
		enterpriseNumber = blankIfNull(enterpriseNumber);
		corporateGroup = blankIfNull(corporateGroup);
		postalCode = blankIfNull(postalCode);
		city = blankIfNull(city);
		country = blankIfNull(country);
		website = blankIfNull(website);
	}

	/**
	 * The enterprise number, or {@code null} when none is given.
	 * @throws InvalidEnterpriseNumberException when these details were not validated and the number is wrong
	 */
	public EnterpriseNumber parsedEnterpriseNumber() {
		return enterpriseNumber.isBlank() ? null : EnterpriseNumber.parse(enterpriseNumber);
	}

	/** The country as ISO 3166-1 alpha-2, upper case. */
	public String countryCode() {
		return country.strip().toUpperCase(Locale.ROOT);
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}
}
