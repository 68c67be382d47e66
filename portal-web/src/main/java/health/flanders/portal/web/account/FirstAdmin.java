package health.flanders.portal.web.account;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SessionsOfUser;
import health.flanders.portal.web.system.LinkTokens;

/**
 * Gives a fresh install its first admin. Only an admin gives roles and self-registration makes applicants, so without
 * this an install without the demo data has no way in. At start-up, when no account holds ADMIN and
 * {@code icon.admin-email} ({@code ICON_ADMIN_EMAIL}) names an address, that address gets an account with ADMIN and
 * no usable password, and a single-use link to choose one, valid for 24 hours: by e-mail, and once in the log as
 * {@code First admin: <link>}, for an install whose e-mail does not work yet. An account that exists for the address
 * keeps its roles and password and gets ADMIN and the link as well: the address is the operator's choice.
 * <p>
 * Once any account holds ADMIN this does nothing, on every later start too. Instances starting at once on one
 * database take turns through a transaction-scoped advisory lock around the check and the creation, so they appoint
 * one admin with one link, and only the instance that appointed it logs the link, after its transaction committed.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	static final Duration LINK_VALIDITY = Duration.ofHours(24);

	/** The actor of the audit entries, as no person is signed in at start-up. */
	private static final String ACTOR = "system";

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	/** The key of the advisory lock: no other lock of the portal uses it. A test holds it to line instances up. */
	static final long LOCK = 0x1C0_F125_AD3L;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private final PortalUserRepository users;

	private final AccountService accounts;

	private final PasswordResets links;

	private final SessionsOfUser sessions;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final String email;

	FirstAdmin(PortalUserRepository users, AccountService accounts, PasswordResets links, SessionsOfUser sessions,
			AuditTrail audit, JdbcClient jdbc, TransactionTemplate transaction,
			@Value("${icon.admin-email}") String email) {
		this.users = users;
		this.accounts = accounts;
		this.links = links;
		this.sessions = sessions;
		this.audit = audit;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.email = email;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		appoint(email);
	}

	/**
	 * Makes the account of this address the first admin if no account holds ADMIN; with a blank address, only says
	 * in the log how to get one.
	 * @throws IllegalStateException when an admin is needed and the address is not an e-mail address, so that a
	 * mistyped setting stops the start instead of appointing nobody in silence
	 */
	void appoint(String address) {
		PasswordResets.SentLink link = transaction.execute(status -> appointIfNoAdmin(address));
		if (link != null) {
			log.info("First admin: {} (for {}; it works once, until {})", link.url(),
					PortalUser.normaliseEmail(address), link.expiresAt());
		}
	}

	private PasswordResets.SentLink appointIfNoAdmin(String address) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs, row) -> 1).list();
		if (anAdminExists()) {
			return null;
		}
		if (address == null || address.isBlank()) {
			log.warn("No account holds the ADMIN role, and only an admin can give it. To get the first admin, set "
					+ "ICON_ADMIN_EMAIL (icon.admin-email) to their e-mail address and restart: that address then "
					+ "gets a link to choose a password, by e-mail and in this log.");
			return null;
		}
		String normalised = PortalUser.normaliseEmail(address);
		if (!EMAIL.matcher(normalised).matches()) {
			throw new IllegalStateException(
					"ICON_ADMIN_EMAIL (icon.admin-email) is not an e-mail address: '" + address + "'");
		}
		PortalUser admin = users.findByEmail(normalised).map(this::giveAdmin).orElseGet(() -> create(normalised));
		return links.sendLink(admin, LINK_VALIDITY, "first-admin");
	}

	private boolean anAdminExists() {
		return jdbc.sql("select exists (select 1 from user_roles where role = ?)")
			.param(Role.ADMIN.name())
			.query(Boolean.class)
			.single();
	}

	/** A random password nobody knows, so that the account opens only through the link. */
	private PortalUser create(String address) {
		PortalUser admin = accounts.create(address, LinkTokens.newToken(), "Administrator", Locale.ENGLISH,
				Set.of(Role.ADMIN));
		audit.record(ACTOR, "ACCOUNT_CREATED", "user", admin.getEmail(), "roles " + sorted(admin.getRoles()));
		return admin;
	}

	/**
	 * As an admin's change of roles: on the audit trail, and signed out everywhere, so that ADMIN applies from the next
	 * sign-in.
	 */
	private PortalUser giveAdmin(PortalUser user) {
		Set<Role> roles = EnumSet.copyOf(user.getRoles());
		roles.add(Role.ADMIN);
		audit.record(ACTOR, "ROLES_CHANGED", "user", user.getEmail(), sorted(user.getRoles()) + " -> " + sorted(roles));
		user.changeRoles(roles);
		users.flush();
		sessions.endAll(user.getEmail());
		return user;
	}

	private static String sorted(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList().toString();
	}
}
