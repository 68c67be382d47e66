package health.flanders.portal.web.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.flanders.portal.web.security.NotCommonPassword;

/**
 * A new password typed twice, under the portal's one rule for passwords (12 to 128 characters, not a common one): the
 * part that registration, the reset link and the account page share.
 */
public abstract class PasswordTypedTwice {

	@NotBlank
	@Size(min = 12, max = 128)
	@NotCommonPassword
	private String password = "";

	private String confirmPassword = "";

	@AssertTrue
	public boolean isPasswordConfirmed() {
		return password != null && password.equals(confirmPassword);
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
