package health.flanders.portal.call.evaluation;

/** A reviewer's answer to an assignment: none yet, accepted, or declined with a reason. */
public enum AssignmentResponse {
	PENDING, ACCEPTED, DECLINED
}
