package health.flanders.portal.web.connect;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the counselling log: the meetings at the partnering of the call's information sessions that people of a proposal
 * took part in (its applicants, or participants for one of its consortium's organisations), with each side's marks
 * after the session. A meeting between two people of the proposal is listed once.
 */
@Service
@Transactional(readOnly = true)
public class PartneringMeetingsLog {

	private final JdbcClient jdbc;

	PartneringMeetingsLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One side's marks: null when not marked (yet). */
	public record Marks(Boolean held, boolean followUp) {
	}

	public record Meeting(String session, Instant startsAt, String person, String organisation, Marks marks,
			String otherPerson, String otherOrganisation, Marks otherMarks) {
	}

	public List<Meeting> of(long proposalId) {
		return jdbc.sql("""
				with ours as (
				    select pp.id from partnering_participants pp
				    join info_sessions s on s.id = pp.session_id
				    join proposals p on p.id = ? and p.call_id = s.call_id
				    where pp.user_id in (select user_id from proposal_applicants where proposal_id = p.id)
				       or pp.organisation_id in (select organisation_id from consortium_members where proposal_id = p.id))
				select distinct on (m.request_id) s.title,
				       e.window_starts_at + make_interval(mins => m.slot * e.meeting_minutes) as starts_at,
				       mu.full_name, me.organisation_name, mk.held, coalesce(mk.follow_up, false),
				       ou.full_name, other.organisation_name, ok.held, coalesce(ok.follow_up, false)
				from partnering_meetings m
				join partnering_events e on e.session_id = m.session_id
				join info_sessions s on s.id = m.session_id
				join partnering_requests r on r.id = m.request_id
				join partnering_participants me on me.id in (r.requester_id, r.invitee_id) and me.id in (select id from ours)
				join partnering_participants other on other.id in (r.requester_id, r.invitee_id) and other.id <> me.id
				join users mu on mu.id = me.user_id
				join users ou on ou.id = other.user_id
				left join partnering_meeting_marks mk on mk.request_id = r.id and mk.participant_id = me.id
				left join partnering_meeting_marks ok on ok.request_id = r.id and ok.participant_id = other.id
				where m.slot is not null
				order by m.request_id, me.id""")
			.param(proposalId)
			.query((rs, row) -> new Meeting(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4), new Marks((Boolean) rs.getObject(5), rs.getBoolean(6)),
					rs.getString(7), rs.getString(8), new Marks((Boolean) rs.getObject(9), rs.getBoolean(10))))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Meeting::startsAt).reversed())
			.toList();
	}
}
