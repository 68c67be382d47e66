package health.flanders.portal.web.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The name and language a person keeps on their account, with the version of the account they were looking at. */
public class ProfileForm {

	@NotBlank
	@Size(max = 200)
	private String fullName = "";

	@Pattern(regexp = "en|nl")
	private String language = "en";

	private long version;

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
