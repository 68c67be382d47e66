package health.flanders.portal.web.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart form whose fields (not its files) are larger than the server parses, or whose parts break its limits,
 * gets the portal's 413 page: the server would otherwise fail in the first filter that reads a parameter and answer
 * its own error page. The form is parsed here once; later readers get the parsed result.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedFormFilter extends OncePerRequestFilter {

	static final String PAGE = "/too-large";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			try {
				request.getParameterMap();
			}
			catch (IllegalStateException ex) {
				logger.info("Refused an oversized form on " + request.getRequestURI() + ": " + ex.getMessage());
				response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				request.getRequestDispatcher(PAGE).forward(new EmptyGet(request), response);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The request as a GET without parameters, so that nothing after this filter parses the form again. */
	private static final class EmptyGet extends HttpServletRequestWrapper {

		EmptyGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
