package health.flanders.portal.web.admin;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SessionsOfUser;

/** The accounts of the portal, for admins. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final PortalUserRepository users;

	private final SessionsOfUser sessions;

	UserDirectory(PortalUserRepository users, SessionsOfUser sessions) {
		this.users = users;
		this.sessions = sessions;
	}

	public List<Entry> all() {
		return users.findAll(Sort.by("email")).stream().map(Entry::of).toList();
	}

	public Entry get(long id) {
		return users.findById(id).map(Entry::of).orElseThrow(() -> new UserNotFoundException(id));
	}

	/**
	 * Gives an account exactly these roles and signs its holder out everywhere, so the new rights apply from their
	 * next sign-in.
	 * @throws ObjectOptimisticLockingFailureException when the account changed since the admin loaded it
	 */
	@Transactional
	public void changeRoles(long id, long seenVersion, Set<Role> roles) {
		PortalUser user = users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
		if (user.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(PortalUser.class, id);
		}
		if (!user.getRoles().equals(roles)) {
			user.changeRoles(roles);
			users.flush();
			sessions.endAll(user.getEmail());
		}
	}

	public record Entry(long id, String email, String fullName, Set<Role> roles, boolean enabled, long version) {

		static Entry of(PortalUser user) {
			return new Entry(user.getId(), user.getEmail(), user.getFullName(), Set.copyOf(user.getRoles()),
					user.isEnabled(), user.getVersion());
		}
	}
}
