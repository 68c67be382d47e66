package health.flanders.portal.web.ratelimit;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import health.flanders.portal.call.user.PortalUser;

/** The two limits of a public POST: one bucket per client address, one per e-mail address (as typed, normalised). */
@Component
class PublicPostLimits {

	private final TokenBuckets buckets;

	private final RateLimitSettings settings;

	PublicPostLimits(TokenBuckets buckets, RateLimitSettings settings) {
		this.buckets = buckets;
		this.settings = settings;
	}

	/** Empty: the client may go on; otherwise how long it must wait. */
	Optional<Duration> takeForAddress(String remoteAddress) {
		return buckets.take(addressKey(remoteAddress), settings.perAddress());
	}

	/** Empty: this e-mail address may be used (or none was given); otherwise how long until it may. */
	Optional<Duration> takeForEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return buckets.take(emailKey(email), settings.perEmail());
	}

	/**
	 * A sign-in that succeeded costs nothing: its tokens are given back, so that only failed sign-ins count (people
	 * who sign in often are not shut out; guessing passwords is).
	 */
	void giveBackSignIn(String remoteAddress, String email) {
		buckets.giveBack(addressKey(remoteAddress), settings.perAddress());
		if (email != null && !email.isBlank()) {
			buckets.giveBack(emailKey(email), settings.perEmail());
		}
	}

	private static String addressKey(String remoteAddress) {
		return "address:" + ClientAddress.of(remoteAddress).group();
	}

	private static String emailKey(String email) {
		return "email:" + PortalUser.normaliseEmail(email);
	}
}
