package health.flanders.portal.call.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a partner profile: who, when, and which fields (by their {@link PartnerProfile} names). */
@Repository
public class OrganisationHistory {

	private final JdbcClient jdbc;

	public OrganisationHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Change(Instant changedAt, String changedBy, List<String> fields) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long organisationId, String changedBy, List<String> fields, Clock clock) {
		jdbc.sql("insert into organisation_changes (organisation_id, changed_by, changed_at, summary) values (?, ?, ?, ?)")
			.params(organisationId, changedBy, clock.instant().atOffset(ZoneOffset.UTC), String.join(",", fields))
			.update();
	}

	/** The changes of one organisation, the newest first. */
	public List<Change> of(long organisationId) {
		return jdbc.sql("select changed_at, changed_by, summary from organisation_changes where organisation_id = ? "
				+ "order by changed_at desc, id desc")
			.param(organisationId)
			.query((rs, row) -> new Change(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getString("changed_by"), List.of(rs.getString("summary").split(","))))
			.list();
	}
}
