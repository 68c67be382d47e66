package health.flanders.portal.web.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to become an applicant; kept as typed when something is wrong (but the passwords). */
public class RegistrationForm extends PasswordTypedTwice {

	@NotBlank
	@Size(max = 200)
	private String fullName = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

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

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
