package health.flanders.portal.web.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person, on every portal instance (sessions live in PostgreSQL): used when an admin
 * changes their roles or they set a new password, so nobody goes on with rights or a password that no longer hold.
 */
@Component
public class SessionsOfUser {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionsOfUser(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Signs this person out everywhere; returns how many sessions ended. */
	public int endAll(String email) {
		var found = sessions.findByPrincipalName(email);
		found.keySet().forEach(sessions::deleteById);
		return found.size();
	}
}
