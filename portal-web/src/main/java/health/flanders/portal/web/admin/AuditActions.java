package health.flanders.portal.web.admin;

import java.util.List;

import health.flanders.portal.call.audit.AuditTrail;

/**
 * Every action the portal records on the audit trail: the choices of the trail's action filter, each said in words by
 * a message {@code audit.action.<ACTION>}. A test reads the code that records entries and fails when an action is
 * recorded that is not listed here or has no words in English and Dutch.
 */
final class AuditActions {

	static final List<String> KNOWN = List.of("ACCOUNT_CREATED", "ROLES_CHANGED", "REVIEWER_INVITED",
			"PASSWORD_CHANGED", "ACCOUNT_CLOSED",
			"CALL_CREATED", "CALL_UPDATED", "CALL_TEXTS_CORRECTED", "CALL_PUBLISHED", "CALL_DEADLINE_EXTENDED",
			"PROPOSAL_SUBMITTED", "PROPOSAL_REOPENED", "PROPOSAL_WITHDRAWN", "ELIGIBILITY_OVERRIDDEN",
			"ELIGIBILITY_OVERRIDE_CLEARED", "CONTACT_ERASED", "REGISTRY_IMPORTED", "EVALUATION_STARTED",
			"PROPOSAL_EVALUATED_AS_SUBMITTED", "REVIEWER_POOL_CHANGED", "ASSIGNMENT_PROPOSED", "ASSIGNMENT_CHANGED",
			"ASSIGNMENT_RELEASED", "ASSIGNMENT_ACCEPTED", "ASSIGNMENT_DECLINED", "UNDERTAKING_ACCEPTED",
			"CONFLICT_DECLARED", "NO_CONFLICT_DECLARED", "CONFLICT_ADDED", "CONFLICT_LIFTED", "REVIEW_DEADLINE_SET",
			"REVIEW_DEADLINE_MOVED", "REVIEW_SUBMITTED", "CONSENSUS_RECORDED", "RANKING_DROPOUT", "FUNDING_DECIDED",
			AuditTrail.KEYED);

	private AuditActions() {
	}
}
