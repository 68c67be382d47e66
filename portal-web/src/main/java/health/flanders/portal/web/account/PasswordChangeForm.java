package health.flanders.portal.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice, under the same rules as at registration and reset, with the current one that proves it
 * is the holder who asks.
 */
public class PasswordChangeForm extends PasswordTypedTwice {

	@NotBlank
	@Size(max = 128)
	private String currentPassword = "";

	private long version;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
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
		setPassword("");
		setConfirmPassword("");
	}
}
