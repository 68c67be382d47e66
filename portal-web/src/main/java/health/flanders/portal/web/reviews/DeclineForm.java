package health.flanders.portal.web.reviews;

import org.springframework.validation.Errors;

import health.flanders.portal.call.evaluation.ReviewAssignment;

/** A reviewer's decline of an assigned proposal, with the reason staff read. */
public class DeclineForm {

	private String reason;

	/** Rejects a missing or too long reason beside its field; whether it did. */
	boolean rejects(Errors errors) {
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("reason", "review.response.reason.required");
		}
		else if (reason.strip().length() > ReviewAssignment.MAX_REASON_LENGTH) {
			errors.rejectValue("reason", "review.response.reason.long",
					new Object[] { ReviewAssignment.MAX_REASON_LENGTH }, null);
		}
		return errors.hasErrors();
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
