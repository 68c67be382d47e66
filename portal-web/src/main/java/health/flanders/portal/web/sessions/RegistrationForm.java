package health.flanders.portal.web.sessions;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.session.Attendance;

/** What a person types to register for an information session; kept as typed when something is wrong. */
public class RegistrationForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	@NotBlank
	@Size(max = 200)
	private String organisation = "";

	private Attendance attendance;

	@AssertTrue
	private boolean consent;

	private boolean consentConnect;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public Attendance getAttendance() {
		return attendance;
	}

	public void setAttendance(Attendance attendance) {
		this.attendance = attendance;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public boolean isConsentConnect() {
		return consentConnect;
	}

	public void setConsentConnect(boolean consentConnect) {
		this.consentConnect = consentConnect;
	}
}
