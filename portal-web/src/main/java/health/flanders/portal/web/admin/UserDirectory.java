package health.flanders.portal.web.admin;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.security.SessionsOfUser;
import health.flanders.portal.web.system.LikePattern;

/** The accounts of the portal, for admins. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	static final int PAGE_SIZE = 50;

	private final PortalUserRepository users;

	private final SessionsOfUser sessions;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	UserDirectory(PortalUserRepository users, SessionsOfUser sessions, AccountService accounts, AuditTrail audit,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.users = users;
		this.sessions = sessions;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** One page of all accounts, by e-mail address. */
	public Page page(int page) {
		return search(null, null, page);
	}

	/**
	 * One page of the accounts whose e-mail address or name holds {@code text} (in any case; {@code null} for any)
	 * and that hold {@code role} ({@code null} for any), by e-mail address, each with its roles: one statement for the
	 * page, whatever its size, and one to count them, served by the indexes of V30.
	 */
	public Page search(String text, Role role, int page) {
		StringBuilder where = new StringBuilder(" from users u where true");
		Map<String, Object> parameters = new HashMap<>();
		if (text != null && !text.isBlank()) {
			where.append(" and lower(u.email || ' ' || u.full_name) like :pattern escape '\\'");
			parameters.put("pattern", LikePattern.containing(text));
		}
		if (role != null) {
			where.append(" and u.id in (select r.user_id from user_roles r where r.role = :role)");
			parameters.put("role", role.name());
		}
		long total = jdbc.sql("select count(*)" + where).params(parameters).query(Long.class).single();
		List<Entry> entries = jdbc.sql("""
				select u.id, u.email, u.full_name, u.enabled, u.version,
				       array(select r.role from user_roles r where r.user_id = u.id order by r.role) as roles""" + where
				+ " order by u.email offset :offset limit :limit")
			.params(parameters)
			.param("offset", (long) page * PAGE_SIZE)
			.param("limit", PAGE_SIZE)
			.query((rs, row) -> new Entry(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"),
					roles((String[]) rs.getArray("roles").getArray()), rs.getBoolean("enabled"), rs.getLong("version")))
			.list();
		return new Page(entries, page, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
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

	private static Set<Role> roles(String[] names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			roles.add(Role.valueOf(name));
		}
		return roles;
	}

	private static String sorted(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList().toString();
	}

	/** One page of {@link #PAGE_SIZE} accounts: {@code page} counts from 0, of {@code pages}. */
	public record Page(List<Entry> entries, int page, long pages, long total) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages;
		}
	}

	public record Entry(long id, String email, String fullName, Set<Role> roles, boolean enabled, long version) {

		static Entry of(PortalUser user) {
			return new Entry(user.getId(), user.getEmail(), user.getFullName(), Set.copyOf(user.getRoles()),
					user.isEnabled(), user.getVersion());
		}
	}
}
