package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.RefusedException;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.web.connect.Introductions;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * What a participant says of their meetings once the session is over: whether each was held and whether to follow it
 * up. The marks are the participant's own; a meeting that is not theirs, not scheduled, or of another session is a
 * 404. A follow-up becomes a Connect introduction of the participant's proposal in the session's call to the other's
 * organisation; without a proposal named it is kept, and a later mark naming one sends the introduction.
 */
@Service
class MeetingMarks {

	private final JdbcClient jdbc;

	private final ProposalRepository proposals;

	private final Introductions introductions;

	private final MessageSource messages;

	private final Clock clock;

	MeetingMarks(JdbcClient jdbc, ProposalRepository proposals, Introductions introductions, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.introductions = introductions;
		this.messages = messages;
		this.clock = clock;
	}

	/** A scheduled meeting of the viewer whose time has passed, with the viewer's marks (null before any). */
	record PastMeeting(long requestId, Instant startsAt, Instant endsAt, String person, String organisation,
			Boolean held, boolean followUp, Long proposalId, String proposalAcronym, boolean introduced) {
	}

	/** A proposal of the viewer in the session's call that a follow-up may introduce. */
	record ProposalChoice(long id, String acronym, String title) {
	}

	record AfterSession(List<PastMeeting> meetings, List<ProposalChoice> proposals) {
	}

	/**
	 * How a mark came out for the page: a message key, the other organisation and why no introduction, if so. A flash
	 * attribute, so kept in the stored session: serializable.
	 */
	record Marked(String messageKey, String organisation, String reasonKey) implements java.io.Serializable {
	}

	/** The viewer's meetings whose time has passed and the proposals a follow-up may go to; empty before any. */
	@Transactional(readOnly = true)
	AfterSession of(long sessionId, long participantId, long userId) {
		List<PastMeeting> meetings = jdbc.sql("""
				select r.id, e.window_starts_at + make_interval(mins => m.slot * e.meeting_minutes),
				       u.full_name, o.organisation_name, k.held, coalesce(k.follow_up, false), k.proposal_id,
				       p.acronym, k.introduction_id is not null, e.meeting_minutes
				from partnering_meetings m
				join partnering_events e on e.session_id = m.session_id
				join partnering_requests r on r.id = m.request_id
				join partnering_participants o on o.id = case when r.requester_id = :me then r.invitee_id
				                                              else r.requester_id end
				join users u on u.id = o.user_id
				left join partnering_meeting_marks k on k.request_id = r.id and k.participant_id = :me
				left join proposals p on p.id = k.proposal_id
				where m.session_id = :session and m.slot is not null and :me in (r.requester_id, r.invitee_id)
				  and e.window_starts_at + make_interval(mins => (m.slot + 1) * e.meeting_minutes) <= :now
				order by m.slot""")
			.param("me", participantId)
			.param("session", sessionId)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, row) -> {
				Instant start = rs.getObject(2, OffsetDateTime.class).toInstant();
				return new PastMeeting(rs.getLong(1), start, start.plusSeconds(60L * rs.getInt(10)), rs.getString(3),
						rs.getString(4), (Boolean) rs.getObject(5), rs.getBoolean(6), (Long) rs.getObject(7),
						rs.getString(8), rs.getBoolean(9));
			})
			.list();
		return new AfterSession(meetings, meetings.isEmpty() ? List.of() : proposals(sessionId, userId));
	}

	/**
	 * Marks the viewer's meeting, and turns a follow-up naming a proposal into an introduction (e-mailed to the other
	 * organisation's contact after commit). Once introduced, the follow-up and its proposal stay.
	 * @throws NotFoundException for a meeting or a proposal not the viewer's
	 * @throws RefusedException before the meeting's time has passed
	 */
	@Transactional
	Marked mark(long sessionId, SignedInUser user, long requestId, boolean held, boolean followUp, Long proposalId,
			Locale locale) {
		record Meeting(long participantId, Instant endsAt, Long otherOrganisationId, String otherOrganisation,
				String sessionTitle, Instant startsAt) {
		}
		Meeting meeting = jdbc.sql("""
				select me.id, e.window_starts_at + make_interval(mins => (m.slot + 1) * e.meeting_minutes),
				       o.organisation_id, o.organisation_name, s.title,
				       e.window_starts_at + make_interval(mins => m.slot * e.meeting_minutes)
				from partnering_meetings m
				join partnering_events e on e.session_id = m.session_id and e.enabled
				join info_sessions s on s.id = m.session_id
				join partnering_requests r on r.id = m.request_id
				join partnering_participants me on me.session_id = m.session_id and me.user_id = ?
				     and me.id in (r.requester_id, r.invitee_id)
				join partnering_participants o on o.id in (r.requester_id, r.invitee_id) and o.id <> me.id
				where m.request_id = ? and m.session_id = ? and m.slot is not null""")
			.params(user.id(), requestId, sessionId)
			.query((rs, row) -> new Meeting(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					(Long) rs.getObject(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class).toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("partnering meeting", requestId));
		if (clock.instant().isBefore(meeting.endsAt())) {
			throw new RefusedException("partnering.mark.refused.notYet", "The meeting has not taken place yet");
		}
		if (proposalId != null) {
			long wanted = proposalId;
			if (proposals(sessionId, user.id()).stream().noneMatch(p -> p.id() == wanted)) {
				throw new NotFoundException("proposal", wanted);
			}
		}
		record Earlier(Long proposalId, Long introductionId) {
		}
		Optional<Earlier> earlier = jdbc.sql("""
				select proposal_id, introduction_id from partnering_meeting_marks
				where request_id = ? and participant_id = ? for update""")
			.params(requestId, meeting.participantId())
			.query((rs, row) -> new Earlier((Long) rs.getObject(1), (Long) rs.getObject(2)))
			.optional();
		Long introductionId = earlier.map(Earlier::introductionId).orElse(null);
		String outcome;
		String reason = null;
		if (introductionId != null) {
			// An introduction sent cannot be taken back: the follow-up and its proposal stay.
			followUp = true;
			proposalId = earlier.get().proposalId();
			outcome = "partnering.mark.saved";
		}
		else if (!followUp) {
			proposalId = null;
			outcome = "partnering.mark.saved";
		}
		else if (proposalId == null) {
			outcome = "partnering.mark.keptForLater";
		}
		else if (meeting.otherOrganisationId() == null) {
			outcome = "partnering.mark.notInRegistry";
		}
		else {
			Proposal proposal = proposals.findById(proposalId).orElseThrow();
			String message = messages.getMessage("partnering.mark.introduction",
					new Object[] { meeting.sessionTitle(),
							meeting.startsAt().atZone(BrusselsTime.ZONE).toLocalDate().toString() },
					locale);
			try {
				introductions.send(proposal, meeting.otherOrganisationId(), message, user, locale);
				outcome = "partnering.mark.introduced";
			}
			catch (Introductions.RefusedException ex) {
				outcome = "partnering.mark.notIntroduced";
				reason = ex.messageKey();
			}
			introductionId = jdbc.sql("select id from introductions where proposal_id = ? and organisation_id = ?")
				.params(proposalId, meeting.otherOrganisationId())
				.query(Long.class)
				.optional()
				.orElse(null);
			if (introductionId != null && "introduction.refused.twice".equals(reason)) {
				// Introduced before (by the other applicants, or from this session by someone else): linked.
				outcome = "partnering.mark.introducedBefore";
				reason = null;
			}
		}
		jdbc.sql("""
				insert into partnering_meeting_marks (request_id, participant_id, held, follow_up, proposal_id,
				  introduction_id, marked_at) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (request_id, participant_id) do update set held = excluded.held,
				  follow_up = excluded.follow_up, proposal_id = excluded.proposal_id,
				  introduction_id = excluded.introduction_id, marked_at = excluded.marked_at""")
			.params(requestId, meeting.participantId(), held, followUp, proposalId, introductionId,
					clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return new Marked(outcome, meeting.otherOrganisation(), reason);
	}

	/** The viewer's proposals in the session's call that are still open, which a follow-up may introduce. */
	private List<ProposalChoice> proposals(long sessionId, long userId) {
		return jdbc.sql("""
				select p.id, p.acronym, p.title from proposals p
				join info_sessions s on s.call_id = p.call_id
				join proposal_applicants a on a.proposal_id = p.id
				where s.id = ? and a.user_id = ? and p.status in ('DRAFT', 'SUBMITTED')
				order by p.acronym, p.id""")
			.params(sessionId, userId)
			.query((rs, row) -> new ProposalChoice(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}
}
