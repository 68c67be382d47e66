package health.flanders.portal.web.admin;

import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;

/** The accounts of the portal, for admins. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final PortalUserRepository users;

	UserDirectory(PortalUserRepository users) {
		this.users = users;
	}

	public List<Entry> all() {
		return users.findAll(Sort.by("email"))
			.stream()
			.map(user -> new Entry(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(),
					user.isEnabled()))
			.toList();
	}

	public record Entry(long id, String email, String fullName, Set<Role> roles, boolean enabled) {
	}
}
