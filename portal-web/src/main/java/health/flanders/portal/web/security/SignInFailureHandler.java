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
 * message is the same for an unknown address and a wrong password.
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
			flashMaps.saveOutputFlashMap(flashMap, request, response);
		}
		super.onAuthenticationFailure(request, response, exception);
	}
}
