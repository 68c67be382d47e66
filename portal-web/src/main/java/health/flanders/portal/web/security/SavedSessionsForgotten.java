package health.flanders.portal.web.security;

import java.io.IOException;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Around Spring Session's filter: when a request ends, the session it saved is no longer handed back by
 * {@link WriteOnChangeSessionRepository}, so the next request on this thread reads its session from the database.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class SavedSessionsForgotten extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		WriteOnChangeSessionRepository.forgetSavedSessions();
		try {
			chain.doFilter(request, response);
		}
		finally {
			WriteOnChangeSessionRepository.forgetSavedSessions();
		}
	}

	/** Also after an error dispatch and an async one, which run Spring Session's filter again. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}
}
