package health.flanders.portal.web.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.mail.Mailer;

/** Creates accounts. Applicants register themselves; every other role is given by an admin. */
@Service
public class AccountService {

	private final PortalUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Mailer mailer;

	private final Clock clock;

	AccountService(PortalUserRepository users, PasswordEncoder passwordEncoder, Mailer mailer, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * An applicant registers themselves: the account, and a welcome e-mail in their language that leaves once the
	 * account is committed.
	 * @throws EmailTakenException when the address has an account already
	 */
	@Transactional
	public PortalUser registerApplicant(String email, String rawPassword, String fullName, Locale locale) {
		PortalUser applicant = create(email, rawPassword, fullName, locale, Set.of(Role.APPLICANT));
		mailer.send(applicant.getEmail(), locale, "welcome", Map.of("name", applicant.getFullName()));
		return applicant;
	}

	/**
	 * Creates an account with these roles.
	 * @throws EmailTakenException when the address has an account already (also when two requests race for it)
	 */
	@Transactional
	public PortalUser create(String email, String rawPassword, String fullName, Locale locale, Set<Role> roles) {
		String normalised = PortalUser.normaliseEmail(email);
		if (users.existsByEmail(normalised)) {
			throw new EmailTakenException();
		}
		try {
			return users.saveAndFlush(new PortalUser(normalised, passwordEncoder.encode(rawPassword), fullName, locale,
					roles, clock));
		}
		catch (DataIntegrityViolationException ex) {
			throw new EmailTakenException();
		}
	}

	/** An account exists already for this e-mail address. */
	public static class EmailTakenException extends RuntimeException {

		EmailTakenException() {
			super("An account exists for this e-mail address");
		}
	}
}
