package health.flanders.portal.web.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.flanders.portal.web.security.NotCommonPassword;

/** A new password, typed twice, with the token of the reset link it came from. */
public class NewPasswordForm {

	private String token = "";

	@NotBlank
	@Size(min = 12, max = 128)
	@NotCommonPassword
	private String password = "";

	private String confirmPassword = "";

	@AssertTrue
	public boolean isPasswordConfirmed() {
		return password != null && password.equals(confirmPassword);
	}

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
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
}
