package health.flanders.portal.web.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.security.SessionsOfUser;
import health.flanders.portal.web.system.LinkTokens;

/**
 * Password reset by e-mail: a random link that works once and for a limited time (an hour by default). Only the
 * SHA-256 of the link's token is stored, so a copy of the database opens no account. Asking for a link never tells
 * whether an account exists.
 */
@Service
public class PasswordResets {

	private final PortalUserRepository users;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Mailer mailer;

	private final SessionsOfUser sessions;

	private final Clock clock;

	private final Duration validity;

	PasswordResets(PortalUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder, Mailer mailer,
			SessionsOfUser sessions, Clock clock, @Value("${icon.password-reset.validity}") Duration validity) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.sessions = sessions;
		this.clock = clock;
		this.validity = validity;
	}

	/** E-mails a reset link to the account of this address, if there is one; otherwise does nothing. */
	@Transactional
	public void sendLink(String email) {
		users.findByEmail(PortalUser.normaliseEmail(email))
			.filter(PortalUser::isEnabled)
			.ifPresent(user -> sendLink(user, validity, "password-reset"));
	}

	/**
	 * E-mails this person a single-use link to choose a password, valid for the given time, with the mail template
	 * given (a reset, or the invitation of a new reviewer).
	 */
	@Transactional
	public void sendLink(PortalUser user, Duration validity, String template) {
		String token = LinkTokens.newToken();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(validity);
		jdbc.sql("insert into password_reset_tokens (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.params(user.getId(), LinkTokens.hash(token), now.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		mailer.send(user.getEmail(), user.getLocale(), template,
				Map.of("name", user.getFullName(), "token", token, "expiresAt", expiresAt));
	}

	/** Whether this link can still set a password (unused and not expired). */
	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return findUsable(token, false).isPresent();
	}

	/**
	 * Sets the new password of the link's account, uses up the link, and signs that person out everywhere.
	 * @throws UnusableLinkException when the link is unknown, used or expired
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		long tokenId = findUsable(token, true).orElseThrow(UnusableLinkException::new);
		long userId = jdbc.sql("update password_reset_tokens set used_at = ? where id = ? returning user_id")
			.params(clock.instant().atOffset(ZoneOffset.UTC), tokenId)
			.query(Long.class)
			.single();
		PortalUser user = users.findById(userId).orElseThrow(UnusableLinkException::new);
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		sessions.endAll(user.getEmail());
	}

	private Optional<Long> findUsable(String token, boolean lock) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select id from password_reset_tokens where token_hash = ? and used_at is null and expires_at > ?"
				+ (lock ? " for update" : ""))
			.params(LinkTokens.hash(token), clock.instant().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.optional();
	}


	/** The reset link is unknown, used already, or expired. */
	public static class UnusableLinkException extends RuntimeException {

		UnusableLinkException() {
			super("This password reset link cannot be used");
		}
	}
}
