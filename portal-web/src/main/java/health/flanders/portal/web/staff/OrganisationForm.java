package health.flanders.portal.web.staff;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.organisation.OrganisationDetails;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.organisation.ResearchKind;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.web.organisation.OrganisationDetailsForm;

/**
 * A partner profile as staff edit it; lists of words are typed separated by commas. Who the organisation is and where
 * it operates are checked by the rules of {@link OrganisationDetails}.
 */
public class OrganisationForm implements OrganisationDetailsForm {

	private String name = "";

	private OrganisationType type;

	private OrganisationSize size;

	private ResearchKind researchKind;

	private String enterpriseNumber = "";

	private String corporateGroup = "";

	@Size(max = 200)
	private String street = "";

	private String postalCode = "";

	private String city = "";

	private String country = "BE";

	private String website = "";

	@Size(max = 1000)
	private String expertise = "";

	@Size(max = 10_000)
	private String description = "";

	private Set<String> therapeuticAreas = new LinkedHashSet<>();

	@Size(max = 1000)
	private String technologies = "";

	private Set<ValueChainPlace> valueChain = EnumSet.noneOf(ValueChainPlace.class);

	@Size(max = 5000)
	private String offers = "";

	@Size(max = 5000)
	private String looksFor = "";

	@Size(max = 200)
	private String contactName = "";

	@Email
	@Size(max = 320)
	private String contactEmail = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate contactListedOn;

	private long version;

	@Override
	public OrganisationDetails organisationDetails() {
		return new OrganisationDetails(name, type, enterpriseNumber, corporateGroup, postalCode, city, country, website);
	}

	static OrganisationForm of(PartnerProfile profile, long version) {
		OrganisationForm form = new OrganisationForm();
		form.name = profile.name();
		form.type = profile.type();
		form.size = profile.size();
		form.researchKind = profile.researchKind();
		form.enterpriseNumber = profile.enterpriseNumber() == null ? "" : profile.enterpriseNumber().formatted();
		form.corporateGroup = nullToBlank(profile.corporateGroup());
		form.street = nullToBlank(profile.street());
		form.postalCode = profile.postalCode();
		form.city = profile.city();
		form.country = profile.country();
		form.website = nullToBlank(profile.website());
		form.expertise = String.join(", ", profile.expertise());
		form.description = profile.description();
		form.therapeuticAreas = new LinkedHashSet<>(profile.therapeuticAreas());
		form.technologies = String.join(", ", profile.technologies());
		form.valueChain = profile.valueChain().isEmpty() ? EnumSet.noneOf(ValueChainPlace.class)
				: EnumSet.copyOf(profile.valueChain());
		form.offers = profile.offers();
		form.looksFor = profile.looksFor();
		form.contactName = nullToBlank(profile.contactName());
		form.contactEmail = nullToBlank(profile.contactEmail());
		form.contactListedOn = profile.contactListedOn();
		form.version = version;
		return form;
	}

	/** @throws health.flanders.portal.call.organisation.InvalidEnterpriseNumberException for a wrong number */
	PartnerProfile toProfile() {
		return new PartnerProfile(name.strip(), type, size, researchKind,
				organisationDetails().parsedEnterpriseNumber(), corporateGroup, street,
				postalCode.strip(), city.strip(), country.strip(), website, words(expertise), description,
				List.copyOf(therapeuticAreas), words(technologies), valueChain, offers, looksFor, contactName,
				contactEmail.strip().toLowerCase(Locale.ROOT), contactListedOn);
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(word -> !word.isEmpty()).distinct().toList();
	}

	private static String nullToBlank(String text) {
		return text == null ? "" : text;
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

	public ResearchKind getResearchKind() {
		return researchKind;
	}

	public void setResearchKind(ResearchKind researchKind) {
		this.researchKind = researchKind;
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

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
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

	public String getExpertise() {
		return expertise;
	}

	public void setExpertise(String expertise) {
		this.expertise = expertise;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Set<String> getTherapeuticAreas() {
		return therapeuticAreas;
	}

	public void setTherapeuticAreas(Set<String> therapeuticAreas) {
		this.therapeuticAreas = therapeuticAreas == null ? new LinkedHashSet<>() : therapeuticAreas;
	}

	public String getTechnologies() {
		return technologies;
	}

	public void setTechnologies(String technologies) {
		this.technologies = technologies;
	}

	public Set<ValueChainPlace> getValueChain() {
		return valueChain;
	}

	public void setValueChain(Set<ValueChainPlace> valueChain) {
		this.valueChain = valueChain == null || valueChain.isEmpty() ? EnumSet.noneOf(ValueChainPlace.class)
				: EnumSet.copyOf(valueChain);
	}

	public String getOffers() {
		return offers;
	}

	public void setOffers(String offers) {
		this.offers = offers;
	}

	public String getLooksFor() {
		return looksFor;
	}

	public void setLooksFor(String looksFor) {
		this.looksFor = looksFor;
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

	public LocalDate getContactListedOn() {
		return contactListedOn;
	}

	public void setContactListedOn(LocalDate contactListedOn) {
		this.contactListedOn = contactListedOn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
