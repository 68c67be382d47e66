package health.flanders.portal.web.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks the password only while the account is not throttled: a throttled account is refused before its password
 * is compared, so guessing goes no further. Each wrong password counts; a right one clears the count. The session
 * keeps the person without their password hash. A name no account can have (too long, or with a NUL character) is a
 * wrong sign-in without a look in the database.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	/** The longest e-mail address an account can have (the {@code users.email} column). */
	private static final int MAX_EMAIL_LENGTH = 320;

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = authentication.getName() == null ? "" : authentication.getName();
		if (email.length() > MAX_EMAIL_LENGTH || email.indexOf('\u0000') >= 0) {
			// No account has such an address, and the database could not even look it up (nor count the failure).
			throw new BadCredentialsException("Not an e-mail address an account can have");
		}
		Optional<Instant> blockedUntil = throttle.blockedUntil(email);
		if (blockedUntil.isPresent()) {
			throw new ThrottledException(blockedUntil.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.forget(email);
			return withoutPasswordHash(result);
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(email);
			throw ex;
		}
	}

	private static Authentication withoutPasswordHash(Authentication result) {
		if (!(result.getPrincipal() instanceof SignedInUser user)) {
			return result;
		}
		UsernamePasswordAuthenticationToken kept = UsernamePasswordAuthenticationToken
			.authenticated(user.withoutPassword(), null, result.getAuthorities());
		kept.setDetails(result.getDetails());
		return kept;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Too many failed sign-ins for this account lately; it opens again at {@link #until()}. */
	static class ThrottledException extends LockedException {

		private final Instant until;

		ThrottledException(Instant until) {
			super("Too many failed sign-ins for this account");
			this.until = until;
		}

		Instant until() {
			return until;
		}
	}
}
