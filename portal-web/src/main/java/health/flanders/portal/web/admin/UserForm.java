package health.flanders.portal.web.admin;

import java.util.EnumSet;
import java.util.Set;

import health.flanders.portal.call.user.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.flanders.portal.web.security.NotCommonPassword;

/** An account an admin creates for staff, a reviewer or another admin, with a first password to pass on. */
public class UserForm {

	@NotBlank
	@Size(max = 200)
	private String fullName = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	@NotBlank
	@Size(min = 12, max = 128)
	@NotCommonPassword
	private String password = "";

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Pattern(regexp = "en|nl")
	private String language = "en";

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
