package health.flanders.portal.call.proposal;

import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;

/**
 * Hands out proposal references per call, e.g. {@code ICON-PM-2026-0042}: the call's code, the year of its deadline
 * (Brussels time) and a number counted in the call's row, so that no two proposals ever get the same one.
 */
@Repository
public class ProposalReferences {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcClient jdbc;

	public ProposalReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(Call call) {
		int number = jdbc.sql("update calls set last_proposal_number = last_proposal_number + 1 where id = ? "
				+ "returning last_proposal_number")
			.param(call.getId())
			.query(Integer.class)
			.single();
		return "%s-%d-%04d".formatted(call.getCode(), call.getDeadline().atZone(BRUSSELS).getYear(), number);
	}
}
