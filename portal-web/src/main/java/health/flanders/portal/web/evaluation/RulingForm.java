package health.flanders.portal.web.evaluation;

import java.util.List;

import org.springframework.validation.Errors;

import health.flanders.portal.call.evaluation.ConflictRuling;

/** Staff adding or lifting a conflict of interest between a reviewer and a proposal, with the reason. */
public class RulingForm {

	private Long reviewerId;

	private Boolean inConflict;

	private String reason;

	/** Rejects on {@code errors} each field in error: the reviewer must be one of these, the choice made, a reason given. */
	void validate(List<ReviewerProfiles.Reviewer> reviewers, Errors errors) {
		if (reviewerId == null || reviewers.stream().noneMatch(reviewer -> reviewer.id() == reviewerId)) {
			errors.rejectValue("reviewerId", "conflict.reviewer.required");
		}
		if (inConflict == null) {
			errors.rejectValue("inConflict", "conflict.choice.required");
		}
		if (reason == null || reason.isBlank()) {
			errors.rejectValue("reason", "conflict.reason.required");
		}
		else if (reason.strip().length() > ConflictRuling.MAX_REASON_LENGTH) {
			errors.rejectValue("reason", "conflict.reason.long", new Object[] { ConflictRuling.MAX_REASON_LENGTH }, null);
		}
	}

	public Long getReviewerId() {
		return this.reviewerId;
	}

	public void setReviewerId(Long reviewerId) {
		this.reviewerId = reviewerId;
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
