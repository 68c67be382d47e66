package health.flanders.portal.web.staff;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.organisation.OrganisationDetails;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.web.organisation.OrganisationDetailsForm;

/**
 * An organisation's request to be listed in the registry of Connect, as its contact person fills it in; the
 * organisation's details are checked by the rules of {@link OrganisationDetails}.
 */
public class ListingRequestForm implements OrganisationDetailsForm {

	private String name = "";

	private OrganisationType type;

	private String enterpriseNumber = "";

	private String postalCode = "";

	private String city = "";

	private String country = "BE";

	private String website = "";

	@NotBlank
	@Size(max = 5000)
	private String description = "";

	@NotBlank
	@Size(max = 200)
	private String contactName = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String contactEmail = "";

	@AssertTrue
	private boolean consent;

	@Override
	public OrganisationDetails organisationDetails() {
		return new OrganisationDetails(name, type, enterpriseNumber, "", postalCode, city, country, website);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OrganisationType getType() {
		return type;
	}

	public void setType(OrganisationType type) {
		this.type = type;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public void setEnterpriseNumber(String enterpriseNumber) {
		this.enterpriseNumber = enterpriseNumber;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}
}
