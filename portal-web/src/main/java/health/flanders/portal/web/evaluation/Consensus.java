package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.ConsensusScore;
import health.flanders.portal.call.evaluation.ConsensusScoreRepository;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
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

	private final ConsensusScoreRepository scores;

	private final ProposalRepository proposals;

	private final EvaluationSettings settings;

	private final AuditTrail audit;

	private final Clock clock;

	Consensus(JdbcClient jdbc, ConsensusScoreRepository scores, ProposalRepository proposals,
			EvaluationSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.proposals = proposals;
		this.settings = settings;
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
		Map<Long, List<ReviewerScore>> given = submittedScores(proposalId);
		Map<Long, Agreed> agreed = agreed(proposalId);
		return criteria.stream().map(criterion -> {
			List<ReviewerScore> scored = given.getOrDefault(criterion.id(), List.of());
			return new Line(criterion, scored, ScoreStatistics.of(scored.stream().map(ReviewerScore::score).toList()),
					agreed.get(criterion.id()));
		}).toList();
	}

	/** The read model of the submitted reviews' scores per criterion, the reviewers by name. */
	private Map<Long, List<ReviewerScore>> submittedScores(long proposalId) {
		Map<Long, List<ReviewerScore>> given = new LinkedHashMap<>();
		jdbc.sql("""
				select s.criterion_id, u.full_name, s.score, s.comment
				from reviews r join review_scores s on s.review_id = r.id join users u on u.id = r.reviewer_id
				where r.proposal_id = ? and r.status = 'SUBMITTED' order by u.full_name""")
			.param(proposalId)
			.query(rs -> {
				given.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new ReviewerScore(rs.getString(2), rs.getBigDecimal(3), rs.getString(4)));
			});
		return given;
	}

	@Transactional(readOnly = true)
	public Map<Long, Agreed> agreed(long proposalId) {
		Map<Long, Agreed> agreed = new LinkedHashMap<>();
		scores.findByProposalIdOrderByCriterionId(proposalId)
			.forEach(score -> agreed.put(score.getCriterionId(), new Agreed(score.getScore(), score.getJustification())));
		return agreed;
	}

	/**
	 * What the consensus of a proposal looked like when a form was loaded: a save from a form whose stamp is no
	 * longer current would overwrite what someone else recorded meanwhile.
	 */
	@Transactional(readOnly = true)
	public String stamp(long proposalId) {
		StringBuilder state = new StringBuilder();
		for (ConsensusScore score : scores.findByProposalIdOrderByCriterionId(proposalId)) {
			state.append(score.getCriterionId()).append(':').append(score.getScore().toPlainString()).append(':')
				.append(score.getRecordedBy()).append(':').append(score.getRecordedAt()).append(':')
				.append(score.getJustification()).append('|');
		}
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(state.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Records the consensus on the criteria given; the others are left as they are.
	 * @param stamp the {@link #stamp} of the consensus the form was loaded with, or null to overwrite
	 * @throws EvaluationRefusedException once the call is decided, when someone recorded a consensus since the stamp,
	 * or for a score or justification its rules refuse
	 */
	public void record(long proposalId, Map<Long, Agreed> consensus, String stamp, long staffId, String staffEmail) {
		long callId = proposals.findById(proposalId)
			.orElseThrow(() -> new ProposalNotFoundException(proposalId))
			.getCall()
			.getId();
		if (settings.locked(callId).decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		if (stamp != null && !stamp.equals(stamp(proposalId))) {
			throw new EvaluationRefusedException("consensus.stale");
		}
		consensus.forEach((criterionId, line) -> scores.findById(new ConsensusScore.Key(proposalId, criterionId))
			.ifPresentOrElse(score -> score.revise(line.score(), line.justification(), staffId, clock),
					() -> scores.save(new ConsensusScore(proposalId, criterionId, line.score(), line.justification(),
							staffId, clock))));
		audit.record(staffEmail, "CONSENSUS_RECORDED", "proposal", proposalId, consensus.size() + " criteria");
	}
}
