package health.flanders.portal.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;

/** The person behind a request, as Spring Security keeps them: their id for row checks and their name for the header. */
public record SignedInUser(long id, String email, String fullName, String passwordHash, boolean enabled,
		List<GrantedAuthority> authorities) implements UserDetails {

	static SignedInUser of(PortalUser user) {
		List<GrantedAuthority> authorities = user.getRoles()
			.stream()
			.sorted()
			.<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new SignedInUser(user.getId(), user.getEmail(), user.getFullName(), user.getPasswordHash(),
				user.isEnabled(), authorities);
	}

	public boolean hasRole(Role role) {
		return authorities.stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role.name()));
	}

	/** The same person under a new name, as the header shows it once they renamed themselves. */
	public SignedInUser renamed(String newFullName) {
		return new SignedInUser(id, email, newFullName, passwordHash, enabled, authorities);
	}

	/** The same person without the password hash, as kept in the session (which lives in the database). */
	SignedInUser withoutPassword() {
		return new SignedInUser(id, email, fullName, "", enabled, authorities);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Keeps the hash out of logs and session dumps. */
	@Override
	public String toString() {
		return "SignedInUser[id=" + id + "]";
	}
}
