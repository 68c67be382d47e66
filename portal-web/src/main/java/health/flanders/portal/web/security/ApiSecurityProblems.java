package health.flanders.portal.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the API refuses a request that is not signed in (401) or not allowed (403): an RFC 9457 problem body in the
 * reader's language, never the redirect to the HTML sign-in page that a page gets.
 */
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** RFC 9457's type of a problem that says no more than its status; written out, where Spring leaves it away. */
	private static final URI NO_MORE_THAN_ITS_STATUS = URI.create("about:blank");

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiSecurityProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		answer(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		answer(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden");
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(key + ".detail", null, locale));
		problem.setType(NO_MORE_THAN_ITS_STATUS);
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Language", locale.toLanguageTag());
		json.writeValue(response.getOutputStream(), problem);
	}
}
