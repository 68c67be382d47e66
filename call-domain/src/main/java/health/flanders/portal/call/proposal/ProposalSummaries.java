package health.flanders.portal.call.proposal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.CallStatus;

/**
 * The proposals an applicant is on, as their dashboard lists them: one statement over the proposal and its call, read
 * as columns. A proposal is theirs by the same rule as {@link ProposalRepository#APPLICANT_MAY_EDIT}: they started it
 * or hold a live invitation to it.
 */
@Repository
public class ProposalSummaries {

	private final JdbcClient jdbc;

	public ProposalSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Grouped by call, the latest deadline first; within a call, newest first. */
	public List<ProposalSummary> forApplicant(long userId, String email) {
		return jdbc.sql("""
				select p.id, p.acronym, p.title, p.reference, p.status, c.id as call_id, c.title as call_title,
				       c.title_nl as call_title_nl, c.status as call_status, c.opens_at, c.deadline
				from proposals p
				join calls c on c.id = p.call_id
				where p.id in (select a.proposal_id from proposal_applicants a where a.user_id = :userId
				               union
				               select i.proposal_id from proposal_invitations i where i.email = :email and i.revoked_at is null)
				order by c.deadline desc, c.id desc, p.created_at desc, p.id desc""")
			.param("userId", userId)
			.param("email", email)
			.query((rs, row) -> new ProposalSummary(rs.getLong("id"), rs.getString("acronym"), rs.getString("title"),
					rs.getString("reference"), ProposalStatus.valueOf(rs.getString("status")),
					rs.getLong("call_id"), new Bilingual(rs.getString("call_title"), rs.getString("call_title_nl")),
					CallStatus.valueOf(rs.getString("call_status")),
					rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
					rs.getObject("deadline", OffsetDateTime.class).toInstant()))
			.list();
	}
}
