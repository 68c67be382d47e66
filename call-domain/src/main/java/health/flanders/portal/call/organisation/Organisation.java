package health.flanders.portal.call.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation that can join a consortium: an enterprise, an RTO, a hospital or another body. */
@Entity
@Table(name = "organisations")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type;

	@Enumerated(EnumType.STRING)
	private OrganisationSize size;

	@Enumerated(EnumType.STRING)
	@Column(name = "research_kind")
	private ResearchKind researchKind;

	/** The ten digits, without dots; {@code null} for a body without a Belgian enterprise number. */
	@Column(name = "enterprise_number", length = 10)
	private String enterpriseNumber;

	/** Enterprises of the same corporate group count once; {@code null} when independent. */
	@ManyToOne
	@JoinColumn(name = "corporate_group_id")
	private CorporateGroup corporateGroup;

	private String street;

	@Column(name = "postal_code", nullable = false)
	private String postalCode;

	@Column(nullable = false)
	private String city;

	/** ISO 3166-1 alpha-2, upper case. */
	@Column(nullable = false, length = 2)
	private String country;

	private String website;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> expertise = new ArrayList<>();

	@Column(nullable = false)
	private String description = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "therapeutic_areas", nullable = false, columnDefinition = "text[]")
	private List<String> therapeuticAreas = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, columnDefinition = "text[]")
	private List<String> technologies = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "value_chain", nullable = false, columnDefinition = "text[]")
	private List<String> valueChain = new ArrayList<>();

	@Column(nullable = false)
	private String offers = "";

	@Column(name = "looks_for", nullable = false)
	private String looksFor = "";

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_email")
	private String contactEmail;

	/** The day the contact person agreed to be listed. */
	@Column(name = "contact_listed_on")
	private LocalDate contactListedOn;

	@Column(name = "contact_erased_at")
	private Instant contactErasedAt;

	@Column(nullable = false)
	private boolean active = true;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String name, OrganisationType type, EnterpriseNumber enterpriseNumber, String postalCode,
			String city, String country, Clock clock) {
		this.name = name;
		this.type = type;
		this.enterpriseNumber = enterpriseNumber == null ? null : enterpriseNumber.digits();
		this.postalCode = postalCode;
		this.city = city;
		this.country = country.toUpperCase(Locale.ROOT);
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** Sets the size; only an enterprise has one. */
	public Organisation withSize(OrganisationSize size) {
		if (size != null && type != OrganisationType.ENTERPRISE) {
			throw new IllegalArgumentException("Only an enterprise has a size");
		}
		this.size = size;
		return this;
	}

	/** Sets the kind of research body; only an RTO has one. */
	public Organisation withResearchKind(ResearchKind researchKind) {
		if (researchKind != null && type != OrganisationType.RTO) {
			throw new IllegalArgumentException("Only an RTO has a research kind");
		}
		this.researchKind = researchKind;
		return this;
	}

	public Organisation withProfile(CorporateGroup corporateGroup, String street, String website,
			List<String> expertise, String description) {
		this.corporateGroup = corporateGroup;
		this.street = street;
		this.website = website;
		this.expertise = new ArrayList<>(expertise);
		this.description = description == null ? "" : description;
		return this;
	}

	/**
	 * Replaces the partner profile with this one and says which fields changed (their names, as in
	 * {@link PartnerProfile}), so that the change can be kept in the history. {@code group} is the registered group the
	 * profile's group name stands for ({@link CorporateGroups#register}), {@code null} for none.
	 */
	public List<String> update(PartnerProfile profile, CorporateGroup group, Clock clock) {
		if ((group == null) != (profile.corporateGroup() == null || profile.corporateGroup().isBlank())) {
			throw new IllegalArgumentException("The group must be the one the profile names");
		}
		profile = profile.inGroup(group == null ? null : group.getName());
		List<String> changed = PartnerProfile.changes(profile(), profile);
		this.name = profile.name();
		this.type = profile.type();
		this.size = profile.type() == OrganisationType.ENTERPRISE ? profile.size() : null;
		this.researchKind = profile.type() == OrganisationType.RTO ? profile.researchKind() : null;
		this.enterpriseNumber = profile.enterpriseNumber() == null ? null : profile.enterpriseNumber().digits();
		this.corporateGroup = group;
		this.street = blankToNull(profile.street());
		this.postalCode = profile.postalCode();
		this.city = profile.city();
		this.country = profile.country().toUpperCase(Locale.ROOT);
		this.website = blankToNull(profile.website());
		this.expertise = new ArrayList<>(profile.expertise());
		this.description = profile.description();
		this.therapeuticAreas = new ArrayList<>(profile.therapeuticAreas());
		this.technologies = new ArrayList<>(profile.technologies());
		this.valueChain = profile.valueChain().stream().map(Enum::name).sorted().toList();
		this.offers = profile.offers();
		this.looksFor = profile.looksFor();
		this.contactName = blankToNull(profile.contactName());
		this.contactEmail = blankToNull(profile.contactEmail());
		this.contactListedOn = this.contactName == null ? null : profile.contactListedOn();
		if (!changed.isEmpty()) {
			this.updatedAt = clock.instant();
		}
		return changed;
	}

	/** The profile as it stands, for a form or a comparison. */
	public PartnerProfile profile() {
		return new PartnerProfile(name, type, size, researchKind,
				enterpriseNumber == null ? null : new EnterpriseNumber(enterpriseNumber),
				corporateGroup == null ? null : corporateGroup.getName(), street,
				postalCode, city, country, website, expertise, description, therapeuticAreas, technologies,
				getValueChain(), offers, looksFor, contactName, contactEmail, contactListedOn);
	}

	/** Takes the organisation out of the registry's lists and searches; it stays in the consortia it is in. */
	public void deactivate(Clock clock) {
		this.active = false;
		this.updatedAt = clock.instant();
	}

	/** Removes the contact person's personal data at their request; the organisation stays. */
	public void eraseContact(Clock clock) {
		this.contactName = null;
		this.contactEmail = null;
		this.contactListedOn = null;
		this.contactErasedAt = clock.instant();
		this.updatedAt = this.contactErasedAt;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public List<String> getTherapeuticAreas() {
		return Collections.unmodifiableList(therapeuticAreas);
	}

	public List<String> getTechnologies() {
		return Collections.unmodifiableList(technologies);
	}

	public Set<ValueChainPlace> getValueChain() {
		Set<ValueChainPlace> places = EnumSet.noneOf(ValueChainPlace.class);
		valueChain.forEach(place -> places.add(ValueChainPlace.valueOf(place)));
		return places;
	}

	public String getOffers() {
		return offers;
	}

	public String getLooksFor() {
		return looksFor;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public LocalDate getContactListedOn() {
		return contactListedOn;
	}

	public Instant getContactErasedAt() {
		return contactErasedAt;
	}

	/** The region, derived from the country and the postal code. */
	public Region getRegion() {
		return Region.of(country, postalCode);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public OrganisationType getType() {
		return type;
	}

	public OrganisationSize getSize() {
		return size;
	}

	public ResearchKind getResearchKind() {
		return researchKind;
	}

	/** The enterprise number, or {@code null} when there is none. */
	public EnterpriseNumber getEnterpriseNumber() {
		return enterpriseNumber == null ? null : new EnterpriseNumber(enterpriseNumber);
	}

	/** The corporate group, or {@code null} for an independent organisation. */
	public CorporateGroup getCorporateGroup() {
		return corporateGroup;
	}

	public String getStreet() {
		return street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCity() {
		return city;
	}

	public String getCountry() {
		return country;
	}

	public String getWebsite() {
		return website;
	}

	public List<String> getExpertise() {
		return List.copyOf(expertise);
	}

	public String getDescription() {
		return description;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
