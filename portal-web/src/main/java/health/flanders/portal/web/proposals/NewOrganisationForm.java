package health.flanders.portal.web.proposals;

import health.flanders.portal.call.organisation.OrganisationDetails;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.web.organisation.OrganisationDetailsForm;

/**
 * An organisation not yet in the registry, entered by an applicant while building a consortium; its details are
 * checked by the rules of {@link OrganisationDetails} (a Belgian enterprise needs a valid number to count).
 */
public class NewOrganisationForm implements OrganisationDetailsForm {

	private String name = "";

	private OrganisationType type;

	private OrganisationSize size;

	private String enterpriseNumber = "";

	private String corporateGroup = "";

	private String postalCode = "";

	private String city = "";

	private String country = "BE";

	@Override
	public OrganisationDetails organisationDetails() {
		return new OrganisationDetails(name, type, enterpriseNumber, corporateGroup, postalCode, city, country, "");
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
