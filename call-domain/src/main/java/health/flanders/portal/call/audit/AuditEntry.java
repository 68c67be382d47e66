package health.flanders.portal.call.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which thing, when, with its place in the hash chain and the seal of
 * its hash: {@value AuditTrail#HMAC_SHA256} under the key named by {@code keyId}, or {@value AuditTrail#SHA256} (no
 * key, {@code keyId} null) for the entries written before the trail had a key.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subjectType,
		String subjectId, String details, String previousHash, String hash, String seal, String keyId) {
}
