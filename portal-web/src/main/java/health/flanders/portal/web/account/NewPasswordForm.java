package health.flanders.portal.web.account;

/** A new password, typed twice, with the token of the reset link it came from. */
public class NewPasswordForm extends PasswordTypedTwice {

	private String token = "";

	public String getToken() {
		return token;
	}

	public void setToken(String token) {
		this.token = token;
	}
}
