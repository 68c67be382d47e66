package health.flanders.portal.web.security;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After a failed sign-in, shows the form again with the e-mail address as typed, without putting it in the URL. The
 * message is the same for an unknown address, a wrong password and a disabled account; a throttled account gets its
 * own message, with the time it opens again.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		String email = request.getParameter("username");
		if (email != null && email.length() <= 320) {
			FlashMap flashMap = new FlashMap();
			flashMap.put("email", email);
			flashMap.setTargetRequestPath("/login");
			if (exception instanceof ThrottledAuthenticationProvider.ThrottledException throttled) {
				flashMap.put("blockedUntil", throttled.until());
			}
			flashMaps.saveOutputFlashMap(flashMap, request, response);
		}
		if (exception instanceof ThrottledAuthenticationProvider.ThrottledException) {
			getRedirectStrategy().sendRedirect(request, response, "/login?blocked");
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
