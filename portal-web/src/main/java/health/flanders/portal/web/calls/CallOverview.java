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
 * they overrode the check, and otherwise as the check said when the proposal was last submitted. One statement over
 * the narrow tally each proposal keeps of these figures (V32: written by triggers in the transaction that changes
 * the proposal, its consortium, its versions or staff's decision), rather than over every version and member.
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
				with counted as (
				    select call_id,
				           count(*) filter (where status = 'DRAFT') as drafts,
				           count(*) filter (where status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED'))
				               as submitted,
				           count(*) filter (where eligible
				                            and status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED'))
				               as eligible,
				           sum(requested_eur) filter (where status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED',
				                                                       'NOT_FUNDED')) as requested
				    from proposal_tallies group by call_id
				)
				select c.id, c.code, c.title, c.title_nl, c.status, c.opens_at, c.deadline, c.budget_eur,
				       coalesce(s.drafts, 0) as drafts, coalesce(s.submitted, 0) as submitted,
				       coalesce(s.eligible, 0) as eligible, coalesce(s.requested, 0) as requested
				from calls c
				left join counted s on s.call_id = c.id
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
