package health.flanders.portal.web.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalInvitation;
import health.flanders.portal.call.proposal.ProposalInvitationRepository;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SessionsOfUser;
import health.flanders.portal.web.system.LinkTokens;

/**
 * What a signed-in person changes of their own account: name, language, password, and closing it. Each change takes
 * the version of the account the person was looking at and is refused when it changed since (another tab, an admin).
 */
@Service
public class AccountSettings {

	/** The domain of closed accounts' addresses: reserved (RFC 2606), so no mail is ever sent there. */
	public static final String CLOSED_DOMAIN = "closed.invalid";

	private final PortalUserRepository users;

	private final ProposalRepository proposals;

	private final ProposalInvitationRepository invitations;

	private final PasswordEncoder passwordEncoder;

	private final SessionsOfUser sessions;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountSettings(PortalUserRepository users, ProposalRepository proposals, ProposalInvitationRepository invitations,
			PasswordEncoder passwordEncoder,
			SessionsOfUser sessions, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.proposals = proposals;
		this.invitations = invitations;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PortalUser get(long userId) {
		return users.findById(userId).filter(PortalUser::isEnabled).orElseThrow(() -> new UserGoneException(userId));
	}

	/**
	 * Saves the name and the language of the e-mails (and pages).
	 * @throws ObjectOptimisticLockingFailureException when the account changed since the person loaded it
	 */
	@Transactional
	public PortalUser changeProfile(long userId, long seenVersion, String fullName, Locale language) {
		PortalUser user = current(userId, seenVersion);
		user.rename(fullName);
		user.chooseLanguage(language);
		return users.saveAndFlush(user);
	}

	/**
	 * Sets a new password when the current one is given right, and signs the person out of every other session.
	 * @throws WrongPasswordException when the current password is not right; nothing changes
	 * @throws ObjectOptimisticLockingFailureException when the account changed since the person loaded it
	 */
	@Transactional
	public void changePassword(long userId, long seenVersion, String currentPassword, String newPassword,
			String keptSessionId) {
		PortalUser user = current(userId, seenVersion);
		requirePassword(user, currentPassword);
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		users.saveAndFlush(user);
		audit.record(user.getEmail(), "PASSWORD_CHANGED", "user", user.getEmail(), "other sessions ended");
		sessions.endAllBut(user.getEmail(), keptSessionId);
	}

	/**
	 * Closes the account when its password is given right. Erased: the name, the e-mail address (replaced by
	 * {@code closed-<id>@closed.invalid}), the password, the sessions, the pending reset links, the invitations to
	 * them. The person leaves the proposals they share with others, handing the lead to a co-applicant (one invited who
	 * has an account, when no other applicant is on it); a draft they wrote alone, never submitted and with nobody
	 * invited to it, is withdrawn. Kept, as the funder must keep them: submitted proposals and their versions, reviews,
	 * the audit trail.
	 * @throws WrongPasswordException when the password is not right; nothing changes
	 * @throws LastAdminException when this is the only open account that holds ADMIN
	 */
	@Transactional
	public void close(long userId, String password) {
		PortalUser user = users.findById(userId).filter(PortalUser::isEnabled)
			.orElseThrow(() -> new UserGoneException(userId));
		requirePassword(user, password);
		if (user.hasRole(Role.ADMIN)) {
			// The open admins' rows, locked: two admins closing at once cannot both see the other one left.
			List<Long> admins = jdbc.sql("""
					select u.id from users u join user_roles r on r.user_id = u.id
					where r.role = 'ADMIN' and u.enabled order by u.id for update of u""")
				.query(Long.class)
				.list();
			if (admins.stream().noneMatch(id -> id != userId)) {
				throw new LastAdminException();
			}
		}
		String formerEmail = user.getEmail();
		int withdrawn = 0;
		int left = 0;
		for (Proposal proposal : proposals.findAllById(proposalIdsOf(userId))) {
			Optional<Long> invitee = invitedAccount(proposal.getId());
			if (proposal.getApplicantIds().size() > 1) {
				proposal.leave(userId);
				left++;
			}
			else if (invitee.isPresent()) {
				proposal.handOver(userId, invitee.get());
				left++;
			}
			else if (proposal.getStatus() == ProposalStatus.DRAFT && !proposal.hasBeenSubmitted()
					&& invitations.findByProposalIdAndRevokedAtIsNullOrderByInvitedAt(proposal.getId()).isEmpty()) {
				proposal.abandon(clock);
				withdrawn++;
			}
		}
		// Invitations to this person end (they can no longer take them up) and no longer hold their address.
		String tombstone = "closed-" + userId + "@" + CLOSED_DOMAIN;
		for (ProposalInvitation invitation : invitations.findByEmail(formerEmail)) {
			invitation.revoke(clock);
		}
		invitations.flush();
		jdbc.sql("update proposal_invitations set email = ? where email = ?").params(tombstone, formerEmail).update();
		jdbc.sql("delete from password_reset_tokens where user_id = ?").param(userId).update();
		user.close(tombstone, passwordEncoder.encode(LinkTokens.newToken()));
		users.saveAndFlush(user);
		// The entry names the account by its id and new address, not by the address that was erased.
		audit.record(user.getEmail(), "ACCOUNT_CLOSED", "user", user.getEmail(),
				"by its holder; drafts withdrawn " + withdrawn + ", proposals left to co-applicants " + left);
		sessions.endAll(formerEmail);
	}

	/** The open account of the co-applicant invited first to this proposal and not uninvited, if any has one. */
	private Optional<Long> invitedAccount(long proposalId) {
		return jdbc.sql("""
				select u.id from proposal_invitations i join users u on u.email = i.email
				where i.proposal_id = ? and i.revoked_at is null and u.enabled order by i.invited_at, i.id limit 1""")
			.param(proposalId)
			.query(Long.class)
			.optional();
	}

	private List<Long> proposalIdsOf(long userId) {
		return jdbc.sql("select proposal_id from proposal_applicants where user_id = ? order by proposal_id")
			.param(userId)
			.query(Long.class)
			.list();
	}

	private PortalUser current(long userId, long seenVersion) {
		PortalUser user = users.findById(userId).filter(PortalUser::isEnabled)
			.orElseThrow(() -> new UserGoneException(userId));
		if (user.getVersion() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException(PortalUser.class, userId);
		}
		return user;
	}

	private void requirePassword(PortalUser user, String password) {
		if (password == null || !passwordEncoder.matches(password, user.getPasswordHash())) {
			throw new WrongPasswordException();
		}
	}

	/** The password given is not the account's. */
	public static class WrongPasswordException extends RuntimeException {

		WrongPasswordException() {
			super("The password is not right");
		}
	}

	/** The only open account with ADMIN cannot be closed: nobody could give roles any more. */
	public static class LastAdminException extends RuntimeException {

		LastAdminException() {
			super("The last admin cannot close their account");
		}
	}

	/** The signed-in account is no longer there (closed in another session). */
	public static class UserGoneException extends NotFoundException {

		UserGoneException(long id) {
			super("open account", id);
		}
	}
}
