package health.flanders.portal.web.evaluation;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import health.flanders.portal.call.evaluation.ReviewerKind;

/**
 * What an assignment of a call is made from, read in one query each: the proposals in the evaluation with their text,
 * the reviewers of the call's pool with their profile and own maximum, the pairs in conflict (the view
 * {@code reviewer_conflicts}) and the pairs whose review has started.
 */
@Repository
class AssignmentReadModel {

	/** The statuses of a proposal that is evaluated: submitted, in evaluation or decided. */
	static final String EVALUATED = "('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')";

	private final JdbcClient jdbc;

	AssignmentReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record ProposalText(long id, String acronym, String title, String text) {
	}

	record PoolReviewer(long id, String name, String email, Locale locale, List<String> expertise, ReviewerKind kind,
			Integer ownMaximum) {

		int maximum(int callMaximum) {
			return this.ownMaximum == null ? callMaximum : Math.min(this.ownMaximum, callMaximum);
		}
	}

	/** A proposal's acronym and title, for the tables. */
	record ProposalHeading(long id, String acronym, String title) {
	}

	/** The call's evaluated proposals in the order of {@link #proposals(long)}, without their texts. */
	List<ProposalHeading> headings(long callId) {
		return jdbc.sql("select id, acronym, title from proposals where call_id = ? and status in " + EVALUATED
				+ " order by acronym, id")
			.param(callId)
			.query((rs, row) -> new ProposalHeading(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	List<ProposalText> proposals(long callId) {
		return jdbc.sql("select id, acronym, title, title || ' ' || abstract || ' ' || medical_need from proposals "
				+ "where call_id = ? and status in " + EVALUATED + " order by acronym, id")
			.param(callId)
			.query((rs, row) -> new ProposalText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** The enabled reviewers of the call's pool, by name. */
	List<PoolReviewer> pool(long callId) {
		return jdbc.sql("""
				select u.id, u.full_name, u.email, u.locale, coalesce(rp.expertise, '{}'), rp.kind, cr.max_proposals
				from call_reviewers cr join users u on u.id = cr.reviewer_id
				join user_roles r on r.user_id = u.id and r.role = 'REVIEWER'
				left join reviewer_profiles rp on rp.user_id = u.id
				where cr.call_id = ? and u.enabled order by u.full_name, u.id""")
			.param(callId)
			.query((rs, row) -> new PoolReviewer(rs.getLong(1), rs.getString(2), rs.getString(3),
					Locale.forLanguageTag(rs.getString(4)), strings(rs.getArray(5)),
					rs.getString(6) == null ? null : ReviewerKind.valueOf(rs.getString(6)),
					(Integer) rs.getObject(7)))
			.list();
	}

	/** The pairs of the call in conflict, as {@link #key}s. */
	Set<Long> conflicts(long callId) {
		return keys("select c.proposal_id, c.reviewer_id from reviewer_conflicts c "
				+ "join proposals p on p.id = c.proposal_id where p.call_id = ?", callId);
	}

	/** The pairs of the call whose reviewer has saved a review, as {@link #key}s. */
	Set<Long> started(long callId) {
		return keys("select r.proposal_id, r.reviewer_id from reviews r "
				+ "join proposals p on p.id = r.proposal_id where p.call_id = ?", callId);
	}

	static long key(long proposalId, long reviewerId) {
		return (proposalId << 32) ^ reviewerId;
	}

	private Set<Long> keys(String sql, long callId) {
		Set<Long> pairs = new HashSet<>();
		jdbc.sql(sql).param(callId).query(rs -> {
			pairs.add(key(rs.getLong(1), rs.getLong(2)));
		});
		return pairs;
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
