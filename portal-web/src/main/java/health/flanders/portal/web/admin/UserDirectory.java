package health.flanders.portal.web.admin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.security.SessionsOfUser;

/** The accounts of the portal, for admins. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final PortalUserRepository users;

	private final SessionsOfUser sessions;

	private final AccountService accounts;

	private final AuditTrail audit;

	UserDirectory(PortalUserRepository users, SessionsOfUser sessions, AccountService accounts, AuditTrail audit) {
		this.users = users;
		this.sessions = sessions;
		this.accounts = accounts;
		this.audit = audit;
	}

	public List<Entry> all() {
		return users.findAll(Sort.by("email")).stream().map(Entry::of).toList();
	}

	public Entry get(long id) {
		return users.findById(id).map(Entry::of).orElseThrow(() -> new UserNotFoundException(id));
	}

	/**
	 * Creates an account with these roles, on the audit trail as a role change would be: the account and its entry
	 * commit together.
	 * @throws AccountService.EmailTakenException when the address has an account already
	 */
	@Transactional
	public PortalUser create(String admin, String email, String rawPassword, String fullName, Locale locale,
			Set<Role> roles) {
		PortalUser user = accounts.create(email, rawPassword, fullName, locale, roles);
		audit.record(admin, "ACCOUNT_CREATED", "user", user.getEmail(), "roles " + sorted(roles));
		return user;
	}

	/**
	 * Gives an account exactly these roles and signs its holder out everywhere, so the new rights apply from their
	 * next sign-in.
	 * @throws ObjectOptimisticLockingFailureException when the account changed since the admin loaded it
	 */
	@Transactional
	public void changeRoles(String admin, long id, long seenVersion, Set<Role> roles) {
		PortalUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
		if (user.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(PortalUser.class, id);
		}
		if (!user.getRoles().equals(roles)) {
			audit.record(admin, "ROLES_CHANGED", "user", user.getEmail(),
					sorted(user.getRoles()) + " -> " + sorted(roles));
			user.changeRoles(roles);
			users.flush();
			sessions.endAll(user.getEmail());
		}
	}

	private static String sorted(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList().toString();
	}

	public record Entry(long id, String email, String fullName, Set<Role> roles, boolean enabled, long version) {

		static Entry of(PortalUser user) {
			return new Entry(user.getId(), user.getEmail(), user.getFullName(), Set.copyOf(user.getRoles()),
					user.isEnabled(), user.getVersion());
		}
	}
}
