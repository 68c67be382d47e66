package health.flanders.portal.call.evaluation;

/** What a reviewer brings, as kept on their profile; a call may ask for one reviewer of some kinds on every proposal. */
public enum ReviewerKind {
	CLINICAL, INDUSTRY, ACADEMIC, PATIENT
}
