package health.flanders.portal.web.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends every session of a person, on every portal instance (sessions live in PostgreSQL): used when an admin
 * changes their roles, they set a new password or close their account, so nobody goes on with rights or a password that no longer hold.
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

	/**
	 * Signs this person out everywhere but in this session (its id), where they just changed their own password;
	 * returns how many sessions ended.
	 */
	public int endAllBut(String email, String keptSessionId) {
		var others = sessions.findByPrincipalName(email).keySet().stream().filter(id -> !id.equals(keptSessionId)).toList();
		others.forEach(sessions::deleteById);
		return others.size();
	}
}
