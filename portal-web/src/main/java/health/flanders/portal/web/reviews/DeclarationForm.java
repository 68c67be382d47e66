package health.flanders.portal.web.reviews;

import org.springframework.validation.Errors;

/** A reviewer's declaration on one proposal: no conflict, or a conflict with its reason. */
public class DeclarationForm {

	private Boolean inConflict;

	private String reason;

	/** Rejects a declaration without an answer, or a conflict without its reason, beside the field; whether it did. */
	boolean rejects(Errors errors) {
		if (inConflict == null) {
			errors.rejectValue("inConflict", "review.declaration.choose");
		}
		else if (inConflict && (reason == null || reason.isBlank())) {
			errors.rejectValue("reason", "review.declaration.reason.required");
		}
		return errors.hasErrors();
	}

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
