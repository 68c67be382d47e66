package health.flanders.portal.call.session;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One person's registration for an information session: confirmed while seats are left, otherwise on the waiting
 * list in order of arrival. Only the SHA-256 of the personal cancel link's token is kept.
 */
@Entity
@Table(name = "info_session_registrations")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "session_id")
	private InfoSession session;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Attendance attendance;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String organisation;

	@Column(name = "consent_registration", nullable = false)
	private boolean consentRegistration;

	/** Separate consent: being contacted about Connect, Flanders.health's partner matching. */
	@Column(name = "consent_connect", nullable = false)
	private boolean consentConnect;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	/** The order of arrival, given by the database when the registration is written. */
	@Generated(event = EventType.INSERT)
	@Column(insertable = false, updatable = false)
	private Long arrival;

	@Column(nullable = false)
	private String language;

	@Column(name = "cancel_token_hash", nullable = false)
	private String cancelTokenHash;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "checked_in_at")
	private Instant checkedInAt;

	@Version
	private long version;

	protected Registration() {
	}

	public Registration(InfoSession session, Attendance attendance, String name, String email, String organisation,
			boolean consentConnect, Locale language, String cancelTokenHash, boolean seatTaken, Clock clock) {
		this.session = session;
		this.attendance = attendance;
		this.name = name.strip();
		this.email = email.strip().toLowerCase(Locale.ROOT);
		this.organisation = organisation.strip();
		this.consentRegistration = true;
		this.consentConnect = consentConnect;
		this.language = "nl".equals(language.getLanguage()) ? "nl" : "en";
		this.cancelTokenHash = cancelTokenHash;
		this.status = seatTaken ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
		this.createdAt = clock.instant();
	}

	/** Cancels this registration; the caller gives its seat back to the session when it had one. */
	public void cancel(Clock clock) {
		this.status = RegistrationStatus.CANCELLED;
		this.cancelledAt = clock.instant();
	}

	/** Moves this registration from the waiting list to a seat that came free. */
	public void confirm() {
		if (status != RegistrationStatus.WAITLISTED) {
			throw new IllegalStateException("Only a registration on the waiting list can be confirmed");
		}
		this.status = RegistrationStatus.CONFIRMED;
	}

	/** Notes that the person arrived; only a confirmed registration checks in. */
	public void checkIn(Clock clock) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw new IllegalStateException("Only a confirmed registration checks in");
		}
		if (checkedInAt == null) {
			checkedInAt = clock.instant();
		}
	}

	public Instant getCheckedInAt() {
		return checkedInAt;
	}

	public Long getId() {
		return id;
	}

	public InfoSession getSession() {
		return session;
	}

	public Attendance getAttendance() {
		return attendance;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getOrganisation() {
		return organisation;
	}

	public boolean isConsentConnect() {
		return consentConnect;
	}

	public RegistrationStatus getStatus() {
		return status;
	}

	public Long getArrival() {
		return arrival;
	}

	public Locale getLanguage() {
		return Locale.forLanguageTag(language);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
