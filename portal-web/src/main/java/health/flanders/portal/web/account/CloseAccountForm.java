package health.flanders.portal.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The password that confirms closing one's own account. */
public class CloseAccountForm {

	@NotBlank
	@Size(max = 128)
	private String password = "";

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
