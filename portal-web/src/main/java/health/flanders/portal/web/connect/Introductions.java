package health.flanders.portal.web.connect;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.LinkTokens;

/**
 * Introductions of a proposal to an organisation of the registry. Its contact person gets an e-mail with a link to
 * accept or decline; the proposal's applicants and staff see the state, and whoever sent it is e-mailed the answer.
 * An organisation is introduced to a proposal once (checked under a lock of the proposal's row), and answers once.
 */
@Service
@Transactional
public class Introductions {

	/** A proposal reaches out to at most this many organisations, so that Connect is not used to mass-mail. */
	static final int MAX_PER_PROPOSAL = 20;

	private final JdbcClient jdbc;

	private final OrganisationRepository organisations;

	private final Mailer mailer;

	private final Clock clock;

	Introductions(JdbcClient jdbc, OrganisationRepository organisations, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.mailer = mailer;
		this.clock = clock;
	}

	public enum State {
		SENT, ACCEPTED, DECLINED
	}

	/** An introduction as the proposal's side sees it. */
	public record Line(long organisationId, String organisation, String contactEmail, State state, String sentBy,
			Instant sentAt, Instant answeredAt) {
	}

	/** An introduction as its contact person sees it through the link. */
	public record Invitation(String acronym, String title, String callTitle, String organisation, String message,
			String sentBy, String sentByEmail, State state) {
	}

	/** Refused: with the reason as a message key. */
	public static class RefusedException extends RuntimeException {

		private final String messageKey;

		RefusedException(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	@Transactional(readOnly = true)
	public List<Line> of(long proposalId) {
		return jdbc.sql("""
				select i.organisation_id, o.name, i.contact_email, i.state, u.full_name, i.sent_at, i.answered_at
				from introductions i join organisations o on o.id = i.organisation_id join users u on u.id = i.sent_by
				where i.proposal_id = ? order by i.sent_at desc, i.id desc""")
			.param(proposalId)
			.query((rs, row) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), State.valueOf(rs.getString(4)),
					rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
					Optional.ofNullable(rs.getObject(7, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
			.list();
	}

	/**
	 * Introduces the proposal to the organisation and e-mails its contact person in the sender's language.
	 * @throws RefusedException when the organisation is not active, has no contact, is a member, was introduced
	 * already, or the proposal reached its maximum
	 */
	@Transactional(noRollbackFor = RefusedException.class)
	public void send(Proposal proposal, long organisationId, String message, SignedInUser sender, Locale locale) {
		Organisation organisation = organisations.findById(organisationId)
			.filter(Organisation::isActive)
			.orElseThrow(() -> new RefusedException("introduction.refused.unknown"));
		if (organisation.getContactEmail() == null) {
			throw new RefusedException("introduction.refused.no-contact");
		}
		if (proposal.getMembers().stream().anyMatch(member -> member.getOrganisation().getId() == organisationId)) {
			throw new RefusedException("introduction.refused.member");
		}
		// One introduction at a time per proposal: the checks below then hold until the insert commits.
		jdbc.sql("select id from proposals where id = ? for update").param(proposal.getId()).query(Long.class).single();
		List<Long> introduced = jdbc.sql("select organisation_id from introductions where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.list();
		if (introduced.contains(organisationId)) {
			throw new RefusedException("introduction.refused.twice");
		}
		if (introduced.size() >= MAX_PER_PROPOSAL) {
			throw new RefusedException("introduction.refused.maximum");
		}
		String token = LinkTokens.newToken();
		jdbc.sql("""
				insert into introductions (proposal_id, organisation_id, message, sent_by, sent_at, contact_email,
				answer_token_sha256) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(proposal.getId(), organisationId, message.strip(), sender.id(),
					clock.instant().atOffset(ZoneOffset.UTC), organisation.getContactEmail(), LinkTokens.hash(token))
			.update();
		mailer.send(organisation.getContactEmail(), locale, "introduction",
				Map.of("name", organisation.getContactName() == null ? "" : organisation.getContactName(), "organisation",
						organisation.getName(), "acronym", proposal.getAcronym(), "proposalTitle", proposal.getTitle(),
						"sender", sender.fullName(), "message", message.strip(), "token", token));
	}

	@Transactional(readOnly = true)
	public Optional<Invitation> find(String token) {
		return jdbc.sql("""
				select p.acronym, p.title, c.title, o.name, i.message, u.full_name, u.email, i.state
				from introductions i join proposals p on p.id = i.proposal_id join calls c on c.id = p.call_id
				join organisations o on o.id = i.organisation_id join users u on u.id = i.sent_by
				where i.answer_token_sha256 = ?""")
			.param(LinkTokens.hash(token))
			.query((rs, row) -> new Invitation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), State.valueOf(rs.getString(8))))
			.optional();
	}

	/**
	 * The contact's answer; a second answer changes nothing. The sender is e-mailed the answer in their language.
	 * @return whether this call answered it
	 */
	public boolean answer(String token, boolean accept) {
		record Sender(String email, String name, String language, String acronym, String organisation) {
		}
		Optional<Sender> sender = jdbc.sql("""
				update introductions i set state = ?, answered_at = ?
				from users u, proposals p, organisations o
				where i.answer_token_sha256 = ? and i.state = 'SENT' and u.id = i.sent_by and p.id = i.proposal_id
				and o.id = i.organisation_id
				returning u.email, u.full_name, u.locale, p.acronym, o.name""")
			.params(accept ? "ACCEPTED" : "DECLINED", clock.instant().atOffset(ZoneOffset.UTC), LinkTokens.hash(token))
			.query((rs, row) -> new Sender(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
		sender.ifPresent(to -> mailer.send(to.email(), Locale.forLanguageTag(to.language()), "introduction-answered",
				Map.of("name", to.name(), "acronym", to.acronym(), "organisation", to.organisation(), "answer",
						accept ? "accepted" : "declined")));
		return sender.isPresent();
	}
}
