package health.flanders.portal.web.admin;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import health.flanders.portal.call.user.Role;

/** The roles an admin gives an account, with the version of the account they were looking at. */
public class RolesForm {

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
