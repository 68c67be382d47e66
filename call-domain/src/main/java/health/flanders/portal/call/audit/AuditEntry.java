package health.flanders.portal.call.audit;

import java.time.Instant;

/** One line of the audit trail: who did what to which thing, when, with its place in the hash chain. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String details, String previousHash, String hash) {
}
