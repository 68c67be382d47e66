package health.flanders.portal.web.support;

import java.util.Comparator;
import java.util.List;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditQuery;
import health.flanders.portal.call.audit.AuditTrail;

/** What the audit trail recorded of an action, for the tests of the actions that must leave an entry. */
public final class AuditEntries {

	private AuditEntries() {
	}

	/**
	 * The entries in which this person did this action to this subject, oldest first. Tests give each person a fresh
	 * address, so these are the test's own entries.
	 */
	public static List<AuditEntry> of(AuditTrail trail, String actor, String action, Object subject) {
		String subjectId = String.valueOf(subject);
		return trail.search(new AuditQuery(actor, action, null, null, null), 0, 100)
			.stream()
			.filter(entry -> entry.subjectId().equals(subjectId))
			.sorted(Comparator.comparingLong(AuditEntry::id))
			.toList();
	}
}
