package health.flanders.portal.call.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted version of a proposal, numbered from 1, with what was submitted as JSON and the files it carried.
 * Submissions close at the deadline, so the last version is the one that counts.
 */
@Repository
public class ProposalVersions {

	private final JdbcClient jdbc;

	public ProposalVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Version(long id, long proposalId, int number, Instant submittedAt, long submittedBy,
			String contentJson) {
	}

	/** Records the next version; the caller holds the proposal's row lock. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Version record(long proposalId, long userId, String contentJson, List<Long> attachmentIds, Clock clock) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		Version version = jdbc.sql("""
				insert into proposal_versions (proposal_id, number, submitted_at, submitted_by, content)
				values (?, (select coalesce(max(number), 0) + 1 from proposal_versions where proposal_id = ?), ?, ?,
				cast(? as jsonb)) returning id, proposal_id, number, submitted_at, submitted_by, content::text""")
			.params(proposalId, proposalId, now, userId, contentJson)
			.query(ProposalVersions::version)
			.single();
		for (long attachmentId : attachmentIds) {
			jdbc.sql("insert into proposal_version_attachments (version_id, attachment_id) values (?, ?)")
				.params(version.id(), attachmentId)
				.update();
		}
		return version;
	}

	/** Every version of the proposal, the newest first. */
	public List<Version> of(long proposalId) {
		return jdbc.sql("""
				select id, proposal_id, number, submitted_at, submitted_by, content::text from proposal_versions
				where proposal_id = ? order by number desc""")
			.param(proposalId)
			.query(ProposalVersions::version)
			.list();
	}

	public Optional<Version> latest(long proposalId) {
		return of(proposalId).stream().findFirst();
	}

	private static Version version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Version(rs.getLong("id"), rs.getLong("proposal_id"), rs.getInt("number"),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(), rs.getLong("submitted_by"),
				rs.getString("content"));
	}
}
