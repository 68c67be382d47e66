package health.flanders.portal.web.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;

/** An organisation not yet in the registry, entered by an applicant while building a consortium. */
public class NewOrganisationForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotNull
	private OrganisationType type;

	private OrganisationSize size;

	/** Checked by its mod-97 check digits when given; a Belgian enterprise needs one to count. */
	@Size(max = 20)
	private String enterpriseNumber = "";

	@Size(max = 200)
	private String corporateGroup = "";

	@NotBlank
	@Size(max = 10)
	private String postalCode = "";

	@NotBlank
	@Size(max = 100)
	private String city = "";

	@NotBlank
	@Pattern(regexp = "[A-Za-z]{2}")
	private String country = "BE";

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

	public OrganisationSize getSize() {
		return size;
	}

	public void setSize(OrganisationSize size) {
		this.size = size;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public void setEnterpriseNumber(String enterpriseNumber) {
		this.enterpriseNumber = enterpriseNumber;
	}

	public String getCorporateGroup() {
		return corporateGroup;
	}

	public void setCorporateGroup(String corporateGroup) {
		this.corporateGroup = corporateGroup;
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
}
