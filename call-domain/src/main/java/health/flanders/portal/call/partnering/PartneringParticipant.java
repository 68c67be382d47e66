package health.flanders.portal.call.partnering;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.BatchSize;

import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A signed-in person taking part in a session's partnering, through their confirmed registration for it, with the
 * profile they publish: their organisation (of the registry, or typed with its facts), what they offer and look for,
 * the call's goals they target and when they are free within the window.
 */
@Entity
@Table(name = "partnering_participants")
public class PartneringParticipant {

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private Long sessionId;

	@Column(name = "registration_id", nullable = false, updatable = false)
	private Long registrationId;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "organisation_name", nullable = false)
	private String organisationName;

	@Enumerated(EnumType.STRING)
	@Column(name = "organisation_type", nullable = false)
	private OrganisationType organisationType;

	@Column(name = "enterprise_number")
	private String enterpriseNumber;

	@Column(name = "postal_code", nullable = false)
	private String postalCode;

	@Column(nullable = false)
	private String country;

	@Column(nullable = false)
	private String offers;

	@Column(name = "looks_for", nullable = false)
	private String looksFor;

	@ManyToMany
	@JoinTable(name = "partnering_participant_goals", joinColumns = @JoinColumn(name = "participant_id"),
			inverseJoinColumns = @JoinColumn(name = "goal_id"))
	@BatchSize(size = 100)
	private Set<CallGoal> goals = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "partnering_availability", joinColumns = @JoinColumn(name = "participant_id"))
	@BatchSize(size = 100)
	private List<Availability> availability = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The secret of the participant's personal link to their agenda as iCalendar: 64 hex digits, 256 random bits. */
	@Column(name = "agenda_token", nullable = false, updatable = false)
	private String agendaToken;

	@Version
	private long version;

	protected PartneringParticipant() {
	}

	public PartneringParticipant(long sessionId, long registrationId, long userId, Clock clock) {
		this.sessionId = sessionId;
		this.registrationId = registrationId;
		this.userId = userId;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
		this.agendaToken = newAgendaToken();
	}

	private static String newAgendaToken() {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/**
	 * Publishes the profile as it is now. The organisation is the registry's ({@code organisationId}) or a new one;
	 * the enterprise number is its ten digits or {@code null}.
	 * @throws IllegalArgumentException when a new Belgian enterprise has no enterprise number, or a period is outside
	 * the event's window
	 */
	public void publish(Long organisationId, String name, OrganisationType type, String enterpriseNumber,
			String postalCode, String country, String offers, String looksFor, Set<CallGoal> goals,
			List<Availability> availability, PartneringEvent event, Clock clock) {
		if (organisationId == null && type == OrganisationType.ENTERPRISE && "BE".equals(country)
				&& enterpriseNumber == null) {
			throw new IllegalArgumentException("A new Belgian enterprise needs its enterprise number");
		}
		if (availability.isEmpty() || availability.stream().anyMatch(a -> !event.contains(a.startsAt(), a.endsAt()))) {
			throw new IllegalArgumentException("Availability lies within the partnering window");
		}
		this.organisationId = organisationId;
		this.organisationName = name.strip();
		this.organisationType = type;
		this.enterpriseNumber = enterpriseNumber;
		this.postalCode = postalCode.strip();
		this.country = country;
		this.offers = offers.strip();
		this.looksFor = looksFor.strip();
		this.goals.clear();
		this.goals.addAll(goals);
		this.availability.clear();
		this.availability.addAll(availability.stream().sorted(Comparator.comparing(Availability::startsAt)).toList());
		this.updatedAt = clock.instant();
	}

	/** Where the organisation operates, as the eligibility rule reads it. */
	public Region region() {
		return Region.of(country, postalCode);
	}

	public Long getId() {
		return id;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Long getRegistrationId() {
		return registrationId;
	}

	public Long getUserId() {
		return userId;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public OrganisationType getOrganisationType() {
		return organisationType;
	}

	public String getEnterpriseNumber() {
		return enterpriseNumber;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCountry() {
		return country;
	}

	public String getOffers() {
		return offers;
	}

	public String getLooksFor() {
		return looksFor;
	}

	public Set<CallGoal> getGoals() {
		return goals;
	}

	public List<Availability> getAvailability() {
		return availability;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getAgendaToken() {
		return agendaToken;
	}

	public long getVersion() {
		return version;
	}
}
