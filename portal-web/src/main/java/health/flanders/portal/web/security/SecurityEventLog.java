package health.flanders.portal.web.security;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins, failed sign-ins and refused requests: who and what, never a password or a session id. Names come
 * from users, so line breaks and control characters are replaced and cannot forge a log line.
 */
@Component
class SecurityEventLog {

	private static final Logger log = LoggerFactory.getLogger("health.flanders.portal.security");

	/** C0 and C1 control characters (\p{Cntrl} alone is only C0 and DEL), line and paragraph separators. */
	private static final Pattern LINE_BREAKING = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		log.info("Sign-in of {}", clean(event.getAuthentication().getName()));
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		log.warn("Failed sign-in for {}: {}", clean(event.getAuthentication().getName()),
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void denied(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName())) {
			log.warn("Access denied to {}", clean(who.getName()));
		}
	}

	/**
	 * The text with every control character (CR, LF, tab, NEL U+0085, ...) and every line or paragraph separator
	 * (U+2028, U+2029) shown as {@code _}, and at most 320 characters: log viewers start a new line at any of them.
	 */
	static String clean(String text) {
		if (text == null) {
			return "(none)";
		}
		String shown = text.length() > 320 ? text.substring(0, 320) + "..." : text;
		return LINE_BREAKING.matcher(shown).replaceAll("_");
	}
}
