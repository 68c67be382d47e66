package health.flanders.portal.web.partnering;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.organisation.BelgianEnterpriseNumber;
import health.flanders.portal.call.organisation.OrganisationType;

/**
 * A participant's partnering profile as they type it: their organisation from the registry, or a new one with its
 * facts; what they offer and look for; the call's goals they target; the periods they are free (Brussels times of the day).
 */
public class ProfileForm {

	/** The registry's organisation, or {@code null} for a new one described by the fields below. */
	private Long organisationId;

	@Size(max = 200)
	private String name = "";

	private OrganisationType type;

	@Size(max = 20)
	@BelgianEnterpriseNumber
	private String enterpriseNumber = "";

	@Size(max = 10)
	private String postalCode = "";

	@Pattern(regexp = "[A-Za-z]{2}")
	private String country = "BE";

	@NotBlank
	@Size(max = 2000)
	private String offers = "";

	@NotBlank
	@Size(max = 2000)
	private String looksFor = "";

	private List<Long> goalIds = new ArrayList<>();

	/** The periods the participant is free, spare blank rows included (they are left out). */
	private List<FreeTime> availability = new ArrayList<>();

	private long version;

	public Long getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
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

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
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

	public List<Long> getGoalIds() {
		return goalIds;
	}

	public void setGoalIds(List<Long> goalIds) {
		this.goalIds = goalIds == null ? new ArrayList<>() : goalIds;
	}

	public List<FreeTime> getAvailability() {
		return availability;
	}

	public void setAvailability(List<FreeTime> availability) {
		this.availability = availability == null ? new ArrayList<>() : availability;
	}

	/** Adds blank rows until there are {@code rows}, and at least one blank, for the participant to fill in. */
	void padAvailability(int rows) {
		do {
			availability.add(new FreeTime());
		}
		while (availability.size() < rows);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
