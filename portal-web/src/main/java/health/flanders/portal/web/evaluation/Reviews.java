package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.ProposalNotFoundException;

/**
 * The reviews of one reviewer. A reviewer reaches a proposal only when it is assigned to them, the assignment is
 * released and they are not in conflict with it; anything else is a 404, whatever they ask for. A review is a draft
 * until submitted, then locked; only then does the reviewer see the other submitted reviews of the proposal.
 */
@Service
@Transactional
public class Reviews {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Reviews(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public enum Stage {
		DECLARE, DRAFT, SUBMITTED
	}

	/** A proposal on a reviewer's list. */
	public record Line(long proposalId, String acronym, String title, String call, Stage stage) {
	}

	/** One review's scores and comments by criterion id; null scores are not given yet. */
	public record Review(long id, boolean submitted, Instant submittedAt, long version, Map<Long, Score> scores) {
	}

	public record Score(BigDecimal score, String comment) {
	}

	/** The proposals a reviewer reviews: released, assigned, not in conflict. */
	@Transactional(readOnly = true)
	public List<Line> of(long reviewerId) {
		return jdbc.sql("""
				select p.id, p.acronym, p.title, c.code, d.in_conflict, r.status
				from review_assignments a
				join proposals p on p.id = a.proposal_id
				join calls c on c.id = p.call_id
				left join conflict_declarations d on d.proposal_id = a.proposal_id and d.reviewer_id = a.reviewer_id
				left join reviews r on r.proposal_id = a.proposal_id and r.reviewer_id = a.reviewer_id
				where a.reviewer_id = ? and c.assignment_released_at is not null
				  and not exists (select 1 from reviewer_conflicts x
				                  where x.proposal_id = a.proposal_id and x.reviewer_id = a.reviewer_id)
				order by c.code, p.acronym""")
			.param(reviewerId)
			.query((rs, row) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5) == null ? Stage.DECLARE
							: "SUBMITTED".equals(rs.getString(6)) ? Stage.SUBMITTED : Stage.DRAFT))
			.list();
	}

	/**
	 * The call of a proposal the reviewer may open.
	 * @throws ProposalNotFoundException when it is not theirs to review, or they are in conflict with it
	 */
	@Transactional(readOnly = true)
	public long requireReviewable(long proposalId, long reviewerId) {
		return jdbc.sql("""
				select p.call_id from review_assignments a
				join proposals p on p.id = a.proposal_id join calls c on c.id = p.call_id
				where a.proposal_id = ? and a.reviewer_id = ? and c.assignment_released_at is not null
				  and not exists (select 1 from reviewer_conflicts x
				                  where x.proposal_id = a.proposal_id and x.reviewer_id = a.reviewer_id)""")
			.params(proposalId, reviewerId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}

	@Transactional(readOnly = true)
	public Review reviewOf(long proposalId, long reviewerId) {
		return jdbc.sql("select id, status, submitted_at, version from reviews where proposal_id = ? and reviewer_id = ?")
			.params(proposalId, reviewerId)
			.query((rs, row) -> new Review(rs.getLong(1), "SUBMITTED".equals(rs.getString(2)),
					rs.getObject(3) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4),
					scores(rs.getLong(1))))
			.optional()
			.orElse(new Review(0, false, null, -1, Map.of()));
	}

	/** The other submitted reviews of the proposal, without names; only for a reviewer who submitted theirs. */
	@Transactional(readOnly = true)
	public List<Review> othersFor(long proposalId, long reviewerId) {
		if (!reviewOf(proposalId, reviewerId).submitted()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, submitted_at, version from reviews
				where proposal_id = ? and reviewer_id <> ? and status = 'SUBMITTED' order by submitted_at""")
			.params(proposalId, reviewerId)
			.query((rs, row) -> new Review(rs.getLong(1), true, rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getLong(3), scores(rs.getLong(1))))
			.list();
	}

	/**
	 * Saves the review as a draft, or submits it (which locks it).
	 * @param version the version the reviewer loaded (-1 for a new review)
	 * @throws EvaluationRefusedException when it is submitted already or changed since it was loaded
	 */
	public void save(long proposalId, long reviewerId, long version, Map<Long, Score> scores, boolean submit,
			String reviewerEmail) {
		requireReviewable(proposalId, reviewerId);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into reviews (proposal_id, reviewer_id, status, updated_at) values (?, ?, 'DRAFT', ?)
				on conflict (proposal_id, reviewer_id) do nothing""")
			.params(proposalId, reviewerId, now.atOffset(ZoneOffset.UTC))
			.update();
		var current = jdbc.sql("select id, status, version from reviews where proposal_id = ? and reviewer_id = ? for update")
			.params(proposalId, reviewerId)
			.query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.single();
		long reviewId = current.id();
		if ("SUBMITTED".equals(current.status())) {
			throw new EvaluationRefusedException("review.submitted.already");
		}
		if (version >= 0 && version != current.version()) {
			throw new EvaluationRefusedException("review.stale");
		}
		scores.forEach((criterionId, score) -> jdbc.sql("""
				insert into review_scores (review_id, criterion_id, score, comment) values (?, ?, ?, ?)
				on conflict (review_id, criterion_id) do update set score = excluded.score, comment = excluded.comment""")
			.params(reviewId, criterionId, score.score(), score.comment() == null ? "" : score.comment().strip())
			.update());
		jdbc.sql("update reviews set status = ?, submitted_at = ?, updated_at = ?, version = version + 1 where id = ?")
			.params(submit ? "SUBMITTED" : "DRAFT", submit ? now.atOffset(ZoneOffset.UTC) : null,
					now.atOffset(ZoneOffset.UTC), reviewId)
			.update();
		if (submit) {
			audit.record(reviewerEmail, "REVIEW_SUBMITTED", "proposal", proposalId, "review " + reviewId);
		}
	}

	private record Stored(long id, String status, long version) {
	}

	private Map<Long, Score> scores(long reviewId) {
		Map<Long, Score> scores = new LinkedHashMap<>();
		jdbc.sql("select criterion_id, score, comment from review_scores where review_id = ?")
			.param(reviewId)
			.query(rs -> {
				scores.put(rs.getLong(1), new Score(rs.getBigDecimal(2), rs.getString(3)));
			});
		return scores;
	}
}
