package health.flanders.portal.web.reviews;

/** A reviewer's declaration on one proposal: no conflict, or a conflict with its reason. */
public class DeclarationForm {

	private Boolean inConflict;

	private String reason;

	public Boolean getInConflict() {
		return this.inConflict;
	}

	public void setInConflict(Boolean inConflict) {
		this.inConflict = inConflict;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
