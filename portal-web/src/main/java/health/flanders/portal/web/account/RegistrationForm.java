package health.flanders.portal.web.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.flanders.portal.web.security.NotCommonPassword;

/** What a person types to become an applicant; kept as typed when something is wrong (but the passwords). */
public class RegistrationForm {

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

	private String confirmPassword = "";

	@Pattern(regexp = "en|nl")
	private String language = "en";

	@AssertTrue
	public boolean isPasswordConfirmed() {
		return password != null && password.equals(confirmPassword);
	}

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

	public String getConfirmPassword() {
		return confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
