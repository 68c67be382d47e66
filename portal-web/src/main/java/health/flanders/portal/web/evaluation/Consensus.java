package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.review.ranking.ScoreStatistics;
import health.flanders.portal.review.scoring.Criterion;

/**
 * The scores of a proposal brought together for staff: per criterion, the submitted reviews' scores and comments,
 * their mean, median, deviation and disagreement, and the consensus score with its justification, which is what
 * counts for the ranking.
 */
@Service
@Transactional
public class Consensus {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Consensus(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public record ReviewerScore(String reviewer, BigDecimal score, String comment) {
	}

	public record Agreed(BigDecimal score, String justification) {
	}

	public record Line(Criterion criterion, List<ReviewerScore> scores, ScoreStatistics statistics, Agreed consensus) {
	}

	@Transactional(readOnly = true)
	public List<Line> of(long proposalId, List<Criterion> criteria) {
		Map<Long, List<ReviewerScore>> scores = new LinkedHashMap<>();
		jdbc.sql("""
				select s.criterion_id, u.full_name, s.score, s.comment
				from reviews r join review_scores s on s.review_id = r.id join users u on u.id = r.reviewer_id
				where r.proposal_id = ? and r.status = 'SUBMITTED' order by u.full_name""")
			.param(proposalId)
			.query(rs -> {
				scores.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ReviewerScore(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
			});
		Map<Long, Agreed> agreed = agreed(proposalId);
		return criteria.stream().map(criterion -> {
			List<ReviewerScore> given = scores.getOrDefault(criterion.id(), List.of());
			return new Line(criterion, given, ScoreStatistics.of(given.stream().map(ReviewerScore::score).toList()),
					agreed.get(criterion.id()));
		}).toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, Agreed> agreed(long proposalId) {
		Map<Long, Agreed> agreed = new LinkedHashMap<>();
		jdbc.sql("select criterion_id, score, justification from consensus_scores where proposal_id = ?")
			.param(proposalId)
			.query(rs -> {
				agreed.put(rs.getLong(1), new Agreed(rs.getBigDecimal(2), rs.getString(3)));
			});
		return agreed;
	}

	/**
	 * What the consensus of a proposal looked like when a form was loaded: a save from a form whose stamp is no
	 * longer current would overwrite what someone else recorded meanwhile.
	 */
	@Transactional(readOnly = true)
	public String stamp(long proposalId) {
		return jdbc.sql("select md5(coalesce(string_agg(criterion_id || ':' || score || ':' || recorded_by || ':' "
				+ "|| recorded_at || ':' || justification, '|' order by criterion_id), '')) "
				+ "from consensus_scores where proposal_id = ?")
			.param(proposalId)
			.query(String.class)
			.single();
	}

	/**
	 * Records the consensus on the criteria given; the others are left as they are.
	 * @param stamp the {@link #stamp} of the consensus the form was loaded with, or null to overwrite
	 * @throws EvaluationRefusedException once the call is decided, or when someone recorded a consensus since the stamp
	 */
	public void record(long proposalId, Map<Long, Agreed> consensus, String stamp, long staffId, String staffEmail) {
		boolean decided = jdbc.sql("select c.decided_at is not null from proposals p join calls c on c.id = p.call_id "
				+ "where p.id = ? for update of c")
			.param(proposalId)
			.query(Boolean.class)
			.single();
		if (decided) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		if (stamp != null && !stamp.equals(stamp(proposalId))) {
			throw new EvaluationRefusedException("consensus.stale");
		}
		consensus.forEach((criterionId, line) -> jdbc.sql("""
				insert into consensus_scores (proposal_id, criterion_id, score, justification, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (proposal_id, criterion_id) do update set score = excluded.score,
				    justification = excluded.justification, recorded_by = excluded.recorded_by,
				    recorded_at = excluded.recorded_at""")
			.params(proposalId, criterionId, line.score(), line.justification().strip(), staffId,
					clock.instant().atOffset(ZoneOffset.UTC))
			.update());
		audit.record(staffEmail, "CONSENSUS_RECORDED", "proposal", proposalId, consensus.size() + " criteria");
	}
}
