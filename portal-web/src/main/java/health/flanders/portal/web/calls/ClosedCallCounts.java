package health.flanders.portal.web.calls;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.CallPhase;

/**
 * What the public may know of a call once it has closed: counts only, never a name or a proposal's budget. Submitted
 * means submitted and not withdrawn; eligible as staff decided where they overrode the check (the tallies of V32).
 */
@Service
public class ClosedCallCounts {

	private final JdbcClient jdbc;

	ClosedCallCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counts; {@code funded} only once the funding is decided, {@code null} before. */
	public record Counts(int submitted, int eligible, int organisations, int enterprises, Integer funded) {
	}

	/** The counts of a call in this phase: none while it is still to open or open. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Counts> of(long callId, CallPhase phase) {
		if (phase != CallPhase.CLOSED && phase != CallPhase.IN_EVALUATION && phase != CallPhase.DECIDED) {
			return Optional.empty();
		}
		return Optional.of(jdbc.sql("""
				with sent as (
				    select proposal_id, eligible from proposal_tallies
				    where call_id = :call and status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')
				)
				select (select count(*) from sent) as submitted,
				       (select count(*) from sent where eligible) as eligible,
				       count(distinct m.organisation_id) as organisations,
				       count(distinct m.organisation_id) filter (where o.type = 'ENTERPRISE') as enterprises,
				       (select count(*) from funding_decisions f where f.call_id = :call and f.outcome = 'FUNDED') as funded
				from sent
				join consortium_members m on m.proposal_id = sent.proposal_id
				join organisations o on o.id = m.organisation_id""")
			.param("call", callId)
			.query((rs, row) -> new Counts(rs.getInt("submitted"), rs.getInt("eligible"), rs.getInt("organisations"),
					rs.getInt("enterprises"), phase == CallPhase.DECIDED ? rs.getInt("funded") : null))
			.single());
	}
}
