package health.flanders.portal.call.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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
	@Column(name = "corporate_group")
	private String corporateGroup;

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

	public Organisation withProfile(String corporateGroup, String street, String website, List<String> expertise,
			String description) {
		this.corporateGroup = corporateGroup == null || corporateGroup.isBlank() ? null : corporateGroup.strip();
		this.street = street;
		this.website = website;
		this.expertise = new ArrayList<>(expertise);
		this.description = description == null ? "" : description;
		return this;
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

	public String getCorporateGroup() {
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
