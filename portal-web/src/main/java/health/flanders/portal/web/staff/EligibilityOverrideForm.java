package health.flanders.portal.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff's decision on a proposal's eligibility, overriding the automatic check, as the form on its page sends it. */
public class EligibilityOverrideForm {

	@NotNull
	private Boolean eligible;

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	/** The version of the override the form was loaded with; 0 when staff never decided on the proposal. */
	private long version;

	public Boolean getEligible() {
		return this.eligible;
	}

	public void setEligible(Boolean eligible) {
		this.eligible = eligible;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
