package health.flanders.portal.web.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a public POST over its limit: 429 with {@code Retry-After} in seconds; for the API an RFC 9457 problem
 * body in the reader's language, like its 401 and 403; for a page the portal's 429 page ({@link TooManyRequestsPage}),
 * in the reader's language and layout.
 */
@Component
class TooManyRequests {

	/** The request attribute that tells the page how many seconds to wait. */
	static final String RETRY_AFTER = TooManyRequests.class.getName() + ".retryAfter";

	/** RFC 9457's type of a problem that says no more than its status; written out, where Spring leaves it away. */
	private static final URI NO_MORE_THAN_ITS_STATUS = URI.create("about:blank");

	private static final Logger log = LoggerFactory.getLogger(TooManyRequests.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	TooManyRequests(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
		this.messages = messages;
		this.locales = localeResolver;
		this.json = json.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
	}

	/** Answers 429; {@code limit} says whose limit it was, for the log (the answer does not tell). */
	void answer(HttpServletRequest request, HttpServletResponse response, Duration wait, String limit)
			throws IOException, ServletException {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		log.info("Refused {} {}: its {} is over the limit for {} s", request.getMethod(), request.getRequestURI(), limit,
				seconds);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale locale = locales.resolveLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					messages.getMessage("api.problem.too-many-requests.detail", new Object[] { seconds }, locale));
			problem.setType(NO_MORE_THAN_ITS_STATUS);
			problem.setTitle(messages.getMessage("api.problem.too-many-requests.title", null, locale));
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		request.setAttribute(RETRY_AFTER, seconds);
		request.getRequestDispatcher(TooManyRequestsPage.PATH).forward(new AsGet(request), response);
	}

	/**
	 * The refused POST as a GET, so that what runs for the page (the security filters on the forward among them)
	 * neither checks nor reads the form that was refused.
	 */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}
	}
}
