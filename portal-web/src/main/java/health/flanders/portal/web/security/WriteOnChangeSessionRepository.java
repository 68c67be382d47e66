package health.flanders.portal.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Spring Session's JDBC repository, writing a session's row only when something of it changed. Spring Session sets a
 * session's last access on every request and then writes the row for it: a transaction, an update and a commit per
 * request, and requests of one session at once (tabs, htmx) queue for that row. Here the last access is recorded when
 * the recorded one is {@link #RECORD_ACCESS_EVERY} old, or with any other change; a session thus ends after its
 * time-out counted from a request at most that much earlier than its last one.
 *
 * <p>
 * Spring Session saves a session when the page is written and again when the request ends, and before each save it
 * reads the session anew only to decide whether to send the cookie again. The session a request has just saved is
 * that same session: it is handed back for those reads instead of reading the database twice more. The hand-over
 * ends with the request ({@link SavedSessionsForgotten}).
 *
 * <p>
 * The JDBC repository runs each of its statements in a transaction only when one is open already: a read is one
 * statement and needs none; a save, which may write the session and several attributes, runs in one transaction
 * opened here.
 */
final class WriteOnChangeSessionRepository
		implements FindByIndexNameSessionRepository<WriteOnChangeSessionRepository.TrackedSession> {

	static final Duration RECORD_ACCESS_EVERY = Duration.ofMinutes(1);

	private static final ThreadLocal<TrackedSession> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> jdbc;

	private final TransactionOperations writes;

	@SuppressWarnings("unchecked")
	WriteOnChangeSessionRepository(FindByIndexNameSessionRepository<? extends Session> jdbc,
			TransactionOperations writes) {
		// The JDBC repository's own session type is not public; it gets back only the sessions it made.
		this.jdbc = (FindByIndexNameSessionRepository<Session>) jdbc;
		this.writes = writes;
	}

	@Override
	public TrackedSession createSession() {
		return new TrackedSession(jdbc.createSession(), null);
	}

	@Override
	public void save(TrackedSession session) {
		if (session.mustBeWritten()) {
			writes.executeWithoutResult(status -> jdbc.save(session.recordAccess()));
			session.written();
		}
		SAVED_IN_THIS_REQUEST.set(session);
	}

	@Override
	public TrackedSession findById(String id) {
		TrackedSession saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		Session found = jdbc.findById(id);
		return found == null ? null : new TrackedSession(found, found.getLastAccessedTime());
	}

	/** Ends the hand-over of the sessions saved by the request of this thread. */
	static void forgetSavedSessions() {
		SAVED_IN_THIS_REQUEST.remove();
	}

	@Override
	public void deleteById(String id) {
		TrackedSession saved = SAVED_IN_THIS_REQUEST.get();
		if (saved != null && saved.getId().equals(id)) {
			SAVED_IN_THIS_REQUEST.remove();
		}
		jdbc.deleteById(id);
	}

	@Override
	public Map<String, TrackedSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, TrackedSession> found = new LinkedHashMap<>();
		jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, new TrackedSession(session, session.getLastAccessedTime())));
		return found;
	}

	/** A session that keeps its last access to itself until it is worth writing. */
	static final class TrackedSession implements Session {

		private final Session stored;

		/** The last access as the database holds it; null for a session not yet written. */
		private Instant recordedAccess;

		private Instant lastAccess;

		private boolean changed;

		private TrackedSession(Session stored, Instant recordedAccess) {
			this.stored = stored;
			this.recordedAccess = recordedAccess;
			this.lastAccess = stored.getLastAccessedTime();
		}

		boolean mustBeWritten() {
			return changed || recordedAccess == null
					|| !lastAccess.isBefore(recordedAccess.plus(RECORD_ACCESS_EVERY));
		}

		private Session recordAccess() {
			if (!lastAccess.equals(stored.getLastAccessedTime())) {
				stored.setLastAccessedTime(lastAccess);
			}
			return stored;
		}

		private void written() {
			recordedAccess = lastAccess;
			changed = false;
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			changed = true;
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			changed = true;
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			changed = true;
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			lastAccess = lastAccessedTime;
		}

		@Override
		public Instant getLastAccessedTime() {
			return lastAccess;
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			changed = true;
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			Duration timeOut = getMaxInactiveInterval();
			return !timeOut.isNegative() && !Instant.now().isBefore(lastAccess.plus(timeOut));
		}
	}
}
