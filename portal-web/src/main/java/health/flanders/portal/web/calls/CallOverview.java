package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallStatus;

/**
 * The read model of every call for admins and staff: its phase now, its drafts, submitted and eligible proposals,
 * and the budget its submitted proposals request against the budget it has. Eligible counts as staff decided where
 * they overrode the check, and otherwise as the check said when the proposal was last submitted. One statement, which
 * counts and sums each call's proposals in one pass over them all rather than once per call.
 */
@Service
public class CallOverview {

	private final JdbcClient jdbc;

	private final Clock clock;

	CallOverview(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One call in the list. */
	public record Row(long id, String code, String title, CallPhase phase, Instant opensAt, Instant deadline,
			BigDecimal budgetEur, int drafts, int submitted, int eligible, BigDecimal requestedEur) {

		/** The requested budget as a share of the call's budget, in whole percent. */
		public int requestedPercent() {
			return requestedEur.multiply(BigDecimal.valueOf(100))
				.divide(budgetEur, 0, RoundingMode.HALF_UP)
				.intValue();
		}
	}

	/** Every call, drafts included, the latest deadline first. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<Row> all(Locale locale) {
		Instant now = clock.instant();
		return jdbc.sql("""
				with submitted as (
				    select p.id, p.call_id,
				           coalesce(o.eligible, (select (v.content ->> 'eligible')::boolean from proposal_versions v
				                                 where v.proposal_id = p.id order by v.number desc limit 1), false)
				               as eligible
				    from proposals p
				    left join eligibility_overrides o on o.proposal_id = p.id
				    where p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')
				), counted as (
				    select call_id, count(*) as submitted, count(*) filter (where eligible) as eligible
				    from submitted group by call_id
				), requested as (
				    select p.call_id, sum(m.requested_budget_eur) as requested
				    from proposals p join consortium_members m on m.proposal_id = p.id
				    where p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')
				    group by p.call_id
				), drafts as (
				    select call_id, count(*) as drafts from proposals where status = 'DRAFT' group by call_id
				)
				select c.id, c.code, c.title, c.title_nl, c.status, c.opens_at, c.deadline, c.budget_eur,
				       coalesce(d.drafts, 0) as drafts, coalesce(s.submitted, 0) as submitted,
				       coalesce(s.eligible, 0) as eligible, coalesce(r.requested, 0) as requested
				from calls c
				left join drafts d on d.call_id = c.id
				left join counted s on s.call_id = c.id
				left join requested r on r.call_id = c.id
				order by c.deadline desc, c.id desc""")
			.query((rs, row) -> {
				Instant opensAt = rs.getObject("opens_at", OffsetDateTime.class).toInstant();
				Instant deadline = rs.getObject("deadline", OffsetDateTime.class).toInstant();
				return new Row(rs.getLong("id"), rs.getString("code"),
						new Bilingual(rs.getString("title"), rs.getString("title_nl")).in(locale),
						CallPhase.of(CallStatus.valueOf(rs.getString("status")), opensAt, deadline, now), opensAt,
						deadline, rs.getBigDecimal("budget_eur"), rs.getInt("drafts"), rs.getInt("submitted"),
						rs.getInt("eligible"), rs.getBigDecimal("requested"));
			})
			.list();
	}
}
