package health.flanders.portal.web.connect;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The short message that goes with an introduction. */
public class IntroductionForm {

	@NotBlank
	@Size(max = 2000)
	private String message = "";

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
