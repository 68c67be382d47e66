package health.flanders.portal.web.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * While the database cannot be reached, answers 503 with a page that says so, also where the failure comes before
 * any controller (sessions live in the database). Controllers' own failures of that kind reach
 * {@link PageExceptionHandler}. The page needs nothing from the database; the portal recovers by itself when the
 * database returns, because the connection pool opens new connections on demand.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/** The API's answer (RFC 9457), as {@link ApiExceptionHandler} gives it for the same cause. */
	private static final String PROBLEM = """
			{"type":"about:blank","title":"Temporarily unavailable","status":503,\
			"detail":"The portal cannot reach its database. Try again in a minute."}""";

	private final DatabaseOutage outage;

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	DatabaseOutageFilter(DatabaseOutage outage, ITemplateEngine templates, LocaleResolver localeResolver) {
		this.outage = outage;
		this.templates = templates;
		this.locales = localeResolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (response.isCommitted() || !outage.explains(ex)) {
				throw ex;
			}
			log.warn("Database unreachable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			response.resetBuffer();
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader("Retry-After", "60");
			response.setCharacterEncoding("UTF-8");
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getWriter().write(PROBLEM);
				return;
			}
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			Locale locale = locales.resolveLocale(request);
			response.getWriter().write(templates.process("error/outage", new Context(locale)));
		}
	}
}
