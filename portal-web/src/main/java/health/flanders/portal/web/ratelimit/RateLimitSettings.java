package health.flanders.portal.web.ratelimit;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many public POSTs one client address ({@code icon.rate-limits.per-address}) and one e-mail address
 * ({@code icon.rate-limits.per-email}) may make within a window ({@code icon.rate-limits.window}); a burst of that many
 * at once, then one per window divided by the limit.
 */
@Component
record RateLimitSettings(int perAddress, int perEmail, Duration window) {

	RateLimitSettings(@Value("${icon.rate-limits.per-address}") int perAddress,
			@Value("${icon.rate-limits.per-email}") int perEmail, @Value("${icon.rate-limits.window}") Duration window) {
		if (perAddress < 1 || perEmail < 1) {
			throw new IllegalArgumentException("icon.rate-limits.per-address and per-email must be at least 1, not "
					+ perAddress + " and " + perEmail);
		}
		if (window.toMillis() < 1000) {
			throw new IllegalArgumentException("icon.rate-limits.window must be at least a second, not " + window);
		}
		this.perAddress = perAddress;
		this.perEmail = perEmail;
		this.window = window;
	}
}
