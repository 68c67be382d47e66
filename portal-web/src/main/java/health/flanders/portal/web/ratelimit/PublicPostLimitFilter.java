package health.flanders.portal.web.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every POST that a stranger may make (see the security configuration): one token per request from the
 * client address's bucket, and from the bucket of the form's e-mail address where it has one. Runs before Spring
 * Security, so that sign-in is limited too and a refused request costs no session lookup; after the database outage
 * filter, so that an unreachable database still gets the 503 page. The API's e-mail addresses are in JSON bodies:
 * {@link EmailLimitedBodies} takes those.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PublicPostLimitFilter extends OncePerRequestFilter {

	/** Sign-in: a failed one counts, one that succeeds is given back its tokens. */
	private static final PublicPost SIGN_IN = new PublicPost("/login", "username");

	/** The public POSTs and the form field of each that holds an e-mail address ({@code null}: none). */
	private static final List<PublicPost> PUBLIC_POSTS = List.of(SIGN_IN,
			new PublicPost("/register", "email"), new PublicPost("/password/forgot", "email"),
			new PublicPost("/password/reset", null), new PublicPost("/connect/listing", "contactEmail"),
			new PublicPost("/connect/introductions/*", null), new PublicPost("/funding-programmes/suggest", "email"),
			new PublicPost("/info-sessions/*/registrations", "email"),
			new PublicPost("/info-sessions/registrations/cancel", null), new PublicPost("/receipts/verify", null),
			new PublicPost("/api/v1/info-sessions/*/registrations", null));

	/** Looked up when needed: filters are created with the web server, before the database. */
	private final ObjectProvider<PublicPostLimits> limits;

	private final TooManyRequests tooMany;

	PublicPostLimitFilter(ObjectProvider<PublicPostLimits> limits, TooManyRequests tooMany) {
		this.limits = limits;
		this.tooMany = tooMany;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return publicPost(request).isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		PublicPost post = publicPost(request).orElseThrow();
		Optional<Duration> wait = limits.getObject().takeForAddress(request.getRemoteAddr());
		if (wait.isPresent()) {
			tooMany.answer(request, response, wait.get(), "client address");
			return;
		}
		if (post.emailField() != null) {
			wait = limits.getObject().takeForEmail(request.getParameter(post.emailField()));
			if (wait.isPresent()) {
				tooMany.answer(request, response, wait.get(), "e-mail address");
				return;
			}
		}
		chain.doFilter(request, response);
		if (post == SIGN_IN && signedIn(response)) {
			limits.getObject().giveBackSignIn(request.getRemoteAddr(), request.getParameter(post.emailField()));
		}
	}

	/** A sign-in that succeeded redirects anywhere but back to the sign-in page ({@code /login?error}, {@code ?blocked}). */
	private static boolean signedIn(HttpServletResponse response) {
		String location = response.getHeader("Location");
		return response.getStatus() == HttpServletResponse.SC_FOUND && location != null && !location.contains("/login");
	}

	private static Optional<PublicPost> publicPost(HttpServletRequest request) {
		return PUBLIC_POSTS.stream().filter(post -> post.matcher().matches(request)).findFirst();
	}

	private record PublicPost(RequestMatcher matcher, String emailField) {

		PublicPost(String pattern, String emailField) {
			this(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, pattern), emailField);
		}
	}
}
