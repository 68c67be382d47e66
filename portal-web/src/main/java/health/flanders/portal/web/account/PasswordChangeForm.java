package health.flanders.portal.web.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.flanders.portal.web.security.NotCommonPassword;

/**
 * A new password, typed twice, under the same rules as at registration and reset, with the current one that proves it
 * is the holder who asks.
 */
public class PasswordChangeForm {

	@NotBlank
	@Size(max = 128)
	private String currentPassword = "";

	@NotBlank
	@Size(min = 12, max = 128)
	@NotCommonPassword
	private String password = "";

	private String confirmPassword = "";

	private long version;

	@AssertTrue
	public boolean isPasswordConfirmed() {
		return password != null && password.equals(confirmPassword);
	}

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	/** Never shown again on the page. */
	void forgetPasswords() {
		currentPassword = "";
		password = "";
		confirmPassword = "";
	}
}
