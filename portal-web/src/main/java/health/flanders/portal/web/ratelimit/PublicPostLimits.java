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
		return buckets.take("address:" + ClientAddress.of(remoteAddress).group(), settings.perAddress());
	}

	/** Empty: this e-mail address may be used (or none was given); otherwise how long until it may. */
	Optional<Duration> takeForEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return buckets.take("email:" + PortalUser.normaliseEmail(email), settings.perEmail());
	}
}
