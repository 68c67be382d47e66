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

	private final String baseUrl;

	PasswordResets(PortalUserRepository users, JdbcClient jdbc, PasswordEncoder passwordEncoder, Mailer mailer,
			SessionsOfUser sessions, Clock clock, @Value("${icon.password-reset.validity}") Duration validity,
			@Value("${icon.base-url}") String baseUrl) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.sessions = sessions;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
	 * given (a reset, the invitation of a new reviewer, the first admin's link); the template gets it as {@code link}.
	 * Returns the link as sent, for a caller that must also hand it out another way (the first admin's goes to the log
	 * too, for an install whose e-mail does not work yet).
	 */
	@Transactional
	public SentLink sendLink(PortalUser user, Duration validity, String template) {
		String token = LinkTokens.newToken();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(validity);
		jdbc.sql("insert into password_reset_tokens (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.params(user.getId(), LinkTokens.hash(token), now.atOffset(ZoneOffset.UTC), expiresAt.atOffset(ZoneOffset.UTC))
			.update();
		String link = baseUrl + "/password/reset?token=" + token;
		mailer.send(user.getEmail(), user.getLocale(), template,
				Map.of("name", user.getFullName(), "link", link, "expiresAt", expiresAt));
		return new SentLink(link, expiresAt);
	}

	/** A link to choose a password, with the moment it stops working. */
	public record SentLink(String url, Instant expiresAt) {
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
