package health.flanders.portal.web.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import health.flanders.portal.web.system.LinkTokens;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Token buckets in PostgreSQL (table {@code rate_limit_buckets}), so that every portal instance draws from the same
 * one. Keys are kept as their SHA-256, no address in the clear. A bucket holds up to {@code capacity} tokens and
 * refills at {@code capacity} per window; a request takes one. Refilling and taking are one upsert, atomic whichever
 * instances take at once. The instant comes from the portal's clock; an instance whose clock is behind refills nothing
 * rather than taking back what another one refilled.
 */
@Component
class TokenBuckets {

	/**
	 * The bucket refilled by the time since it was last refilled (never beyond its capacity), then one token taken if
	 * there is one. The refill is written out three times: an update sees the old row in each expression.
	 */
	private static final String TAKE = """
			insert into rate_limit_buckets as bucket (key_hash, tokens, refilled_at, granted)
			values (:key, :capacity - 1, :now, true)
			on conflict (key_hash) do update set
			    tokens = case when %1$s >= 1 then %1$s - 1 else %1$s end,
			    granted = %1$s >= 1,
			    refilled_at = greatest(bucket.refilled_at, excluded.refilled_at)
			returning tokens, granted""".formatted("""
			least(:capacity, bucket.tokens + :perSecond * greatest(0, \
			extract(epoch from excluded.refilled_at - bucket.refilled_at)::double precision))""");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration window;

	TokenBuckets(JdbcClient jdbc, Clock clock, RateLimitSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.window = settings.window();
	}

	/**
	 * Takes a token from the bucket of this key. Empty: taken; otherwise how long until the bucket holds a token again
	 * (nothing was taken). Each call is its own statement and transaction.
	 */
	Optional<Duration> take(String key, int capacity) {
		double perSecond = capacity / (window.toMillis() / 1000.0);
		Taken taken = jdbc.sql(TAKE)
			.param("key", LinkTokens.hash(key))
			.param("capacity", capacity)
			.param("perSecond", perSecond)
			.param("now", utc(clock.instant()))
			.query((row, number) -> new Taken(row.getDouble("tokens"), row.getBoolean("granted")))
			.single();
		if (taken.granted()) {
			return Optional.empty();
		}
		long millis = (long) Math.ceil((1 - taken.tokens()) / perSecond * 1000);
		return Optional.of(Duration.ofMillis(Math.max(millis, 1)));
	}

	/** Puts back a token taken from the bucket of this key (never beyond its capacity). */
	void giveBack(String key, int capacity) {
		jdbc.sql("update rate_limit_buckets set tokens = least(:capacity, tokens + 1) where key_hash = :key")
			.param("key", LinkTokens.hash(key))
			.param("capacity", capacity)
			.update();
	}

	/**
	 * A bucket untouched for a whole window is full again, the same as no bucket: deleted so the table stays small.
	 * One instance at a time does it: the others would only wait on the same rows.
	 */
	@Scheduled(fixedDelayString = "${icon.rate-limits.window}", initialDelayString = "PT5M")
	@SchedulerLock(name = "rate-limit-buckets-purge", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	void forgetFullBuckets() {
		jdbc.sql("delete from rate_limit_buckets where refilled_at < ?")
			.param(utc(clock.instant().minus(window)))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Taken(double tokens, boolean granted) {
	}
}
