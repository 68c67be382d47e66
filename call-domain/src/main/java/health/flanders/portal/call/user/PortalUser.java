package health.flanders.portal.call.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in with their e-mail address. The password is only ever kept hashed. */
@Entity
@Table(name = "users")
public class PortalUser {

	/** The name a closed account shows where its holder's name was. */
	public static final String CLOSED_NAME = "Closed account";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Lower case, so that an address is one account however it is typed. */
	@Column(nullable = false, unique = true)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "full_name", nullable = false)
	private String fullName;

	/** The language of the e-mails this person receives: {@code en} or {@code nl}. */
	@Column(nullable = false)
	private String locale;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PortalUser() {
	}

	public PortalUser(String email, String passwordHash, String fullName, Locale locale, Set<Role> roles,
			Clock clock) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A user holds at least one role");
		}
		this.email = normaliseEmail(email);
		this.passwordHash = passwordHash;
		this.fullName = fullName.strip();
		this.locale = "nl".equals(locale.getLanguage()) ? "nl" : "en";
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = clock.instant();
	}

	/** The form in which e-mail addresses are stored and looked up. */
	public static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Gives this user exactly these roles (at least one). */
	public void changeRoles(Set<Role> newRoles) {
		if (newRoles.isEmpty()) {
			throw new IllegalArgumentException("A user holds at least one role");
		}
		roles.clear();
		roles.addAll(newRoles);
	}

	/** Replaces the password by this hash (never a raw password). */
	public void changePasswordHash(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	/** The name this person goes by on the portal and in its e-mails. */
	public void rename(String newFullName) {
		if (newFullName == null || newFullName.isBlank()) {
			throw new IllegalArgumentException("A name is not blank");
		}
		this.fullName = newFullName.strip();
	}

	/** The language of this person's e-mails (and of the pages once they choose it): English unless Dutch. */
	public void chooseLanguage(Locale language) {
		this.locale = "nl".equals(language.getLanguage()) ? "nl" : "en";
	}

	/**
	 * Closes the account at its holder's request: the name, the address and the password go, the account can no longer
	 * sign in. The row stays, with its id and roles, for what the funder keeps (submitted proposals, reviews, the audit
	 * trail) to point at.
	 * @param tombstoneEmail an address nobody holds, unique to this account
	 * @param unusablePasswordHash the hash of a password nobody knows
	 */
	public void close(String tombstoneEmail, String unusablePasswordHash) {
		if (!enabled) {
			throw new IllegalStateException("Account " + id + " is closed already");
		}
		this.email = normaliseEmail(tombstoneEmail);
		this.fullName = CLOSED_NAME;
		this.passwordHash = unusablePasswordHash;
		this.enabled = false;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public Locale getLocale() {
		return Locale.forLanguageTag(locale);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}
}
