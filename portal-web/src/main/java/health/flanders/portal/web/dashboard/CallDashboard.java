package health.flanders.portal.web.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.review.ranking.FundingLine;
import health.flanders.portal.web.evaluation.CallRanking;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * The read model of a call's dashboard for staff: a handful of aggregate statements over the call's proposals (and
 * their narrow tallies, V32), consortia, introductions and information sessions, none per proposal. "Submitted"
 * means submitted at least once and not withdrawn (submitted, in evaluation, funded or not funded); eligible counts as
 * staff decided where they overrode the check, otherwise as the check said at the last submission.
 */
@Service
@Transactional(readOnly = true)
public class CallDashboard {

	/** The most days the chart of starts and submissions covers, the last ones before the deadline. */
	static final int MAX_DAYS = 366;

	private static final String SENT = "('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')";

	private final JdbcClient jdbc;

	private final CallRanking ranking;

	private final Clock clock;

	CallDashboard(JdbcClient jdbc, CallRanking ranking, Clock clock) {
		this.jdbc = jdbc;
		this.ranking = ranking;
		this.clock = clock;
	}

	/** The call as the dashboard's heading names it. */
	public record CallHeading(long id, String code, String title, CallStatus status, CallPhase phase, Instant opensAt,
			Instant deadline, BigDecimal budgetEur) {
	}

	/** Proposals started (created) and submitted for the first time on one Brussels day. */
	public record Day(LocalDate day, int started, int submitted) {
	}

	/**
	 * Proposals (or, for regions, consortium memberships) under one heading: a goal's code, a disease area's chapter,
	 * a region; {@code label} is the goal's title (the others' labels are in the message bundles).
	 */
	public record Count(String key, String label, int submitted, int drafts) {
	}

	/** The eligibility of the submitted proposals: by the check alone, or as staff decided over it. */
	public record Eligibility(int submitted, int eligibleByCheck, int notEligibleByCheck, int madeEligible,
			int madeNotEligible) {
	}

	/**
	 * The funding line of the ranking: the proposals above it (funded, {@code fundedEur} together) and on the reserve
	 * list; {@code decided} when the funding decision is confirmed, otherwise as the complete ranking stands.
	 */
	public record Line(int funded, BigDecimal fundedEur, int reserve, boolean decided) {
	}

	/** The budget requested by the submitted proposals, and by the eligible ones, against the call's. */
	public record Budget(BigDecimal callEur, BigDecimal requestedEur, BigDecimal eligibleEur, Line line) {
	}

	/** Introductions sent through Connect for the call's proposals, by their answer. */
	public record Introductions(int sent, int accepted, int declined, int awaiting) {
	}

	/** An information session of the call with its seats and registrations. */
	public record Session(long id, String title, Instant startsAt, int seats, int confirmed, int waitlisted,
			boolean cancelled) {
	}

	/** Everything the dashboard shows. */
	public record Figures(CallHeading call, int drafts, int submitted, int withdrawn, List<Day> days,
			List<Count> goals, List<Count> areas, List<Count> regions, Eligibility eligibility, Budget budget,
			Introductions introductions, List<Session> sessions) {
	}

	public Figures of(long callId, Locale locale) {
		CallHeading call = heading(callId, locale);
		Totals totals = totals(callId);
		return new Figures(call, totals.drafts(), totals.eligibility().submitted(), totals.withdrawn(),
				days(call), goals(callId, locale), counts(callId, "p.disease_area"), regions(callId),
				totals.eligibility(),
				new Budget(call.budgetEur(), totals.requestedEur(), totals.eligibleEur(), line(call, totals)),
				introductions(callId), sessions(callId));
	}

	private CallHeading heading(long callId, Locale locale) {
		Instant now = clock.instant();
		return jdbc.sql("""
				select id, code, title, title_nl, status, opens_at, deadline, budget_eur from calls where id = ?""")
			.param(callId)
			.query((rs, row) -> {
				CallStatus status = CallStatus.valueOf(rs.getString("status"));
				Instant opensAt = rs.getObject("opens_at", OffsetDateTime.class).toInstant();
				Instant deadline = rs.getObject("deadline", OffsetDateTime.class).toInstant();
				return new CallHeading(rs.getLong("id"), rs.getString("code"),
						new Bilingual(rs.getString("title"), rs.getString("title_nl")).in(locale), status,
						CallPhase.of(status, opensAt, deadline, now), opensAt, deadline, rs.getBigDecimal("budget_eur"));
			})
			.optional()
			.orElseThrow(() -> new CallNotFoundException(callId));
	}

	private record Totals(int drafts, int withdrawn, Eligibility eligibility, BigDecimal requestedEur,
			BigDecimal eligibleEur, int funded, BigDecimal fundedEur, int reserve) {
	}

	/** The counts, eligibility and budgets from the proposals' tallies, with staff's decisions and the funding decision. */
	private Totals totals(long callId) {
		return jdbc.sql("""
				select count(*) filter (where t.status = 'DRAFT') as drafts,
				       count(*) filter (where t.status = 'WITHDRAWN') as withdrawn,
				       count(*) filter (where t.status in %1$s) as submitted,
				       count(*) filter (where t.status in %1$s and o.eligible is null and t.eligible) as eligible_by_check,
				       count(*) filter (where t.status in %1$s and o.eligible is null and not t.eligible) as not_eligible_by_check,
				       count(*) filter (where t.status in %1$s and o.eligible) as made_eligible,
				       count(*) filter (where t.status in %1$s and not o.eligible) as made_not_eligible,
				       coalesce(sum(t.requested_eur) filter (where t.status in %1$s), 0) as requested,
				       coalesce(sum(t.requested_eur) filter (where t.status in %1$s and t.eligible), 0) as requested_eligible,
				       count(*) filter (where f.outcome = 'FUNDED') as funded,
				       coalesce(sum(t.requested_eur) filter (where f.outcome = 'FUNDED'), 0) as funded_eur,
				       count(*) filter (where f.outcome = 'RESERVE') as reserve
				from proposal_tallies t
				left join eligibility_overrides o on o.proposal_id = t.proposal_id
				left join funding_decisions f on f.proposal_id = t.proposal_id
				where t.call_id = ?""".formatted(SENT))
			.param(callId)
			.query((rs, row) -> new Totals(rs.getInt("drafts"), rs.getInt("withdrawn"),
					new Eligibility(rs.getInt("submitted"), rs.getInt("eligible_by_check"),
							rs.getInt("not_eligible_by_check"), rs.getInt("made_eligible"),
							rs.getInt("made_not_eligible")),
					rs.getBigDecimal("requested"), rs.getBigDecimal("requested_eligible"), rs.getInt("funded"),
					rs.getBigDecimal("funded_eur"), rs.getInt("reserve")))
			.single();
	}

	/**
	 * The funding line: as decided once the decision is confirmed; during the evaluation, as the ranking stands once
	 * every proposal has its consensus; none before.
	 */
	private Line line(CallHeading call, Totals totals) {
		if (call.status() == CallStatus.DECIDED) {
			return new Line(totals.funded(), totals.fundedEur(), totals.reserve(), true);
		}
		if (call.status() != CallStatus.IN_EVALUATION) {
			return null;
		}
		CallRanking.Ranking now = ranking.of(call.id());
		if (!now.complete() || now.result().places().isEmpty()) {
			return null;
		}
		BigDecimal fundedEur = now.result()
			.funded()
			.stream()
			.map(place -> place.proposal().requestedBudget())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Line(now.result().funded().size(), fundedEur, now.result().reserve().size(), false);
	}

	/**
	 * Every Brussels day from the call's opening to its deadline (the last {@link #MAX_DAYS} of them at most, and
	 * any day with a start or submission outside them), with the proposals started and first submitted on it.
	 */
	private List<Day> days(CallHeading call) {
		Map<LocalDate, Day> counted = new HashMap<>();
		// One pass over the call's proposals, each giving its day of creation and of first submission: two passes
		// joined by UNION ALL made PostgreSQL start parallel workers, slower than the 600 rows of a call themselves.
		jdbc.sql("""
				select activity.day, sum(activity.started) as started, sum(activity.submitted) as submitted
				from proposals p
				cross join lateral (values ((p.created_at at time zone 'Europe/Brussels')::date, 1, 0),
				                           ((p.first_submitted_at at time zone 'Europe/Brussels')::date, 0, 1))
				    as activity (day, started, submitted)
				where p.call_id = ? and activity.day is not null
				group by activity.day""")
			.param(call.id())
			.query((rs, row) -> new Day(rs.getObject("day", Date.class).toLocalDate(), rs.getInt("started"),
					rs.getInt("submitted")))
			.list()
			.forEach(day -> counted.put(day.day(), day));
		LocalDate last = call.deadline().atZone(BrusselsTime.ZONE).toLocalDate();
		LocalDate first = call.opensAt().atZone(BrusselsTime.ZONE).toLocalDate();
		for (LocalDate day : counted.keySet()) {
			first = day.isBefore(first) ? day : first;
			last = day.isAfter(last) ? day : last;
		}
		if (first.isBefore(last.minusDays(MAX_DAYS - 1))) {
			first = last.minusDays(MAX_DAYS - 1);
		}
		List<Day> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(counted.getOrDefault(day, new Day(day, 0, 0)));
		}
		return days;
	}

	/** Every goal and sub-goal of the call in its order, with the proposals that address it. */
	private List<Count> goals(long callId, Locale locale) {
		return jdbc.sql("""
				select g.code, g.title, g.title_nl,
				       count(p.id) filter (where p.status in %s) as submitted,
				       count(p.id) filter (where p.status = 'DRAFT') as drafts
				from call_goals g
				left join proposal_goals pg on pg.goal_id = g.id
				left join proposals p on p.id = pg.proposal_id
				where g.call_id = ?
				group by g.id order by g.position, g.code""".formatted(SENT))
			.param(callId)
			.query((rs, row) -> new Count(rs.getString("code"),
					new Bilingual(rs.getString("title"), rs.getString("title_nl")).in(locale), rs.getInt("submitted"),
					rs.getInt("drafts")))
			.list();
	}

	/** The call's proposals grouped by this column of theirs (null: not given yet), the most submitted first. */
	private List<Count> counts(long callId, String column) {
		return jdbc.sql("""
				select %1$s as key,
				       count(*) filter (where p.status in %2$s) as submitted,
				       count(*) filter (where p.status = 'DRAFT') as drafts
				from proposals p where p.call_id = ? and p.status <> 'WITHDRAWN'
				group by %1$s order by submitted desc, drafts desc, key""".formatted(column, SENT))
			.param(callId)
			.query((rs, row) -> new Count(rs.getString("key"), null, rs.getInt("submitted"), rs.getInt("drafts")))
			.list();
	}

	/** The consortium members of the call's proposals by their organisation's region, in the regions' order. */
	private List<Count> regions(long callId) {
		return jdbc.sql("""
				select o.region as key,
				       count(*) filter (where p.status in %s) as submitted,
				       count(*) filter (where p.status = 'DRAFT') as drafts
				from proposals p
				join consortium_members m on m.proposal_id = p.id
				join organisations o on o.id = m.organisation_id
				where p.call_id = ? and p.status <> 'WITHDRAWN'
				group by o.region
				order by array_position(array['FLEMISH_REGION', 'BRUSSELS_CAPITAL_REGION', 'WALLOON_REGION', 'ABROAD',
				                              'UNKNOWN']::varchar[], o.region)""".formatted(SENT))
			.param(callId)
			.query((rs, row) -> new Count(rs.getString("key"), null, rs.getInt("submitted"), rs.getInt("drafts")))
			.list();
	}

	private Introductions introductions(long callId) {
		return jdbc.sql("""
				select count(*) as sent,
				       count(*) filter (where i.state = 'ACCEPTED') as accepted,
				       count(*) filter (where i.state = 'DECLINED') as declined,
				       count(*) filter (where i.state = 'SENT') as awaiting
				from introductions i join proposals p on p.id = i.proposal_id
				where p.call_id = ?""")
			.param(callId)
			.query((rs, row) -> new Introductions(rs.getInt("sent"), rs.getInt("accepted"), rs.getInt("declined"),
					rs.getInt("awaiting")))
			.single();
	}

	/** The call's information sessions, the earliest first, with seats in the room and online together. */
	private List<Session> sessions(long callId) {
		// Counted per session from the index of its queue (session, attendance, status, arrival): a join read all the
		// registrations of every session of ten years.
		return jdbc.sql("""
				select s.id, s.title, s.starts_at, s.capacity + coalesce(s.online_capacity, 0) as seats,
				       s.cancelled_at is not null as cancelled, r.confirmed, r.waitlisted
				from info_sessions s
				cross join lateral (
				    select count(*) filter (where status = 'CONFIRMED') as confirmed,
				           count(*) filter (where status = 'WAITLISTED') as waitlisted
				    from info_session_registrations where session_id = s.id) r
				where s.call_id = ?
				order by s.starts_at, s.id""")
			.param(callId)
			.query((rs, row) -> new Session(rs.getLong("id"), rs.getString("title"),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getInt("seats"),
					rs.getInt("confirmed"), rs.getInt("waitlisted"), rs.getBoolean("cancelled")))
			.list();
	}
}
