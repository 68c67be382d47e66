package health.flanders.portal.call.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to look for in the audit trail; every part may be null (any). {@code text} matches the actor, the subject or
 * the details, case-insensitively.
 */
public record AuditQuery(String actor, String action, String text, Instant from, Instant until) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (present(actor)) {
			conditions.add("actor = ?");
		}
		if (present(action)) {
			conditions.add("action = ?");
		}
		if (present(text)) {
			conditions.add("(lower(actor) like ? or lower(subject_id) like ? or lower(details) like ?)");
		}
		if (from != null) {
			conditions.add("occurred_at >= ?");
		}
		if (until != null) {
			conditions.add("occurred_at < ?");
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	Object[] parameters() {
		List<Object> parameters = new ArrayList<>();
		if (present(actor)) {
			parameters.add(actor.strip().toLowerCase(Locale.ROOT));
		}
		if (present(action)) {
			parameters.add(action.strip());
		}
		if (present(text)) {
			String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%";
			parameters.add(like);
			parameters.add(like);
			parameters.add(like);
		}
		if (from != null) {
			parameters.add(from.atOffset(ZoneOffset.UTC));
		}
		if (until != null) {
			parameters.add(until.atOffset(ZoneOffset.UTC));
		}
		return parameters.toArray();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}
}
