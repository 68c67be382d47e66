package health.flanders.portal.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUser;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Counts failed sign-ins per account (the e-mail address as typed, normalised), in the database so that every
 * portal instance sees them. After {@code max-failures} within {@code failure-window}, sign-in for that address is
 * refused until the oldest of those failures leaves the window. Counting by account, not by client address, means a
 * forged {@code X-Forwarded-For} cannot reset it; unknown addresses are counted too, so the answer never tells
 * whether an account exists.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration window;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${icon.sign-in.max-failures}") int maxFailures,
			@Value("${icon.sign-in.failure-window}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	/** When sign-in for this address opens again, if it is closed now. */
	@Transactional(readOnly = true)
	public Optional<Instant> blockedUntil(String email) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select failed_at from sign_in_failures where email = ? and failed_at > ?
				order by failed_at desc offset ? limit 1""")
			.params(PortalUser.normaliseEmail(email), utc(now.minus(window)), maxFailures - 1)
			.query(OffsetDateTime.class)
			.optional()
			.map(oldestCounted -> oldestCounted.toInstant().plus(window));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String email) {
		jdbc.sql("insert into sign_in_failures (email, failed_at) values (?, ?)")
			.params(PortalUser.normaliseEmail(email), utc(clock.instant()))
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void forget(String email) {
		jdbc.sql("delete from sign_in_failures where email = ?").param(PortalUser.normaliseEmail(email)).update();
	}

	/**
	 * Failures older than the window no longer count; they are deleted so the table stays small. One instance at a
	 * time does it: the others would only wait on the same rows.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-failures-forget", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public void forgetOldFailures() {
		jdbc.sql("delete from sign_in_failures where failed_at < ?").param(utc(clock.instant().minus(window))).update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
