package health.flanders.portal.web.connect;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.web.security.SignedInUser;

/**
 * The Carry and Cultivate counselling log of a proposal, kept by staff: meetings, advice and next steps, each with its
 * date; newest first. Entries are added, never changed, so the log stays a record.
 */
@Service
@Transactional
public class CounsellingLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	CounsellingLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Carry: setting the project up; Cultivate: shaping it. */
	public enum Track {
		CARRY, CULTIVATE
	}

	public enum Kind {
		MEETING, ADVICE, NEXT_STEP
	}

	public record Entry(Track track, Kind kind, LocalDate happenedOn, String summary, LocalDate nextStepOn,
			String writtenBy, Instant writtenAt) {
	}

	public void add(long proposalId, CounsellingForm form, SignedInUser staff) {
		jdbc.sql("""
				insert into counselling_entries (proposal_id, track, kind, happened_on, summary, next_step_on, written_by,
				written_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(proposalId, form.getTrack().name(), form.getKind().name(), form.getHappenedOn(),
					form.getSummary().strip(), form.getNextStepOn(), staff.id(), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional(readOnly = true)
	public List<Entry> of(long proposalId) {
		return jdbc.sql("""
				select e.track, e.kind, e.happened_on, e.summary, e.next_step_on, u.full_name, e.written_at
				from counselling_entries e join users u on u.id = e.written_by
				where e.proposal_id = ? order by e.happened_on desc, e.id desc""")
			.param(proposalId)
			.query((rs, row) -> new Entry(Track.valueOf(rs.getString(1)), Kind.valueOf(rs.getString(2)),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getObject(7, OffsetDateTime.class).toInstant()))
			.list();
	}
}
