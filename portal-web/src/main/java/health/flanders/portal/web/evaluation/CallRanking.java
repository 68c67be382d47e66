package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.ConsensusScoreRepository;
import health.flanders.portal.review.ranking.FundingLine;
import health.flanders.portal.review.ranking.RankedProposal;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.WeightedTotal;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;

/**
 * The ranking of a call from the consensus scores and its funding line (the review service's {@link FundingLine});
 * proposals that dropped out are left out, and the page says what that changed. {@link CallDecision} confirms it.
 */
@Service
@Transactional(readOnly = true)
public class CallRanking {

	private final JdbcClient jdbc;

	private final ConsensusScoreRepository consensus;

	private final EvaluationSettings settings;

	CallRanking(JdbcClient jdbc, ConsensusScoreRepository consensus, EvaluationSettings settings) {
		this.jdbc = jdbc;
		this.consensus = consensus;
		this.settings = settings;
	}

	/** A proposal of the call with its consensus so far. */
	record Candidate(long id, String acronym, String title, Instant submittedAt, BigDecimal requestedBudget,
			Map<Long, BigDecimal> consensus, String dropOutReason) {
	}

	public record Dropout(long proposalId, String acronym, String reason) {
	}

	/**
	 * The ranking now; {@code changes} compares it with the ranking before any proposal dropped out, and
	 * {@code failed} gives the criteria under threshold of the proposals that are out.
	 */
	public record Ranking(Settings settings, FundingLine.Result result, List<FundingLine.Change> changes,
			List<String> awaitingConsensus, List<Dropout> dropouts, Map<Long, List<String>> failed) {

		public boolean complete() {
			return this.awaitingConsensus.isEmpty();
		}
	}

	public Ranking of(long callId) {
		return rank(settings.of(callId));
	}

	/** The ranking of the call whose settings these are, as its consensus scores stand now. */
	Ranking rank(Settings call) {
		List<Candidate> candidates = candidates(call.callId());
		List<RankedProposal> all = new ArrayList<>();
		List<String> awaiting = new ArrayList<>();
		List<Dropout> dropouts = new ArrayList<>();
		Map<Long, List<String>> failed = new LinkedHashMap<>();
		Set<Long> dropped = new HashSet<>();
		for (Candidate candidate : candidates) {
			WeightedTotal total = WeightedTotal.of(call.criteria(), candidate.consensus(), call.totalThreshold());
			if (total == null) {
				awaiting.add(candidate.acronym());
				continue;
			}
			if (!total.failedCriteria().isEmpty()) {
				failed.put(candidate.id(), total.failedCriteria());
			}
			all.add(new RankedProposal(candidate.id(), candidate.acronym() + " · " + candidate.title(), total.total(),
					total.passesThresholds(), score(call, candidate, Criterion.MEDICAL_NEED),
					score(call, candidate, Criterion.ECONOMIC_IMPACT).add(score(call, candidate, Criterion.SOCIETAL_IMPACT)),
					candidate.submittedAt(), candidate.requestedBudget()));
			if (candidate.dropOutReason() != null) {
				dropped.add(candidate.id());
				dropouts.add(new Dropout(candidate.id(), candidate.acronym(), candidate.dropOutReason()));
			}
		}
		FundingLine.Result before = FundingLine.draw(all, call.budget());
		FundingLine.Result now = FundingLine.draw(all.stream().filter(p -> !dropped.contains(p.id())).toList(),
				call.budget());
		List<FundingLine.Change> changes = dropped.isEmpty() ? List.of() : FundingLine.changes(before, now);
		return new Ranking(call, now, changes, awaiting, dropouts, failed);
	}

	private static BigDecimal score(Settings call, Candidate candidate, String code) {
		return call.criteria().stream()
			.filter(criterion -> criterion.code().equals(code))
			.map(criterion -> candidate.consensus().get(criterion.id()))
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

	/** The ranking as CSV lines, the header first: rank, acronym, total, outcome, requested budget. */
	public List<List<String>> csv(long callId) {
		Ranking ranking = of(callId);
		List<List<String>> lines = new ArrayList<>();
		lines.add(List.of("rank", "proposal", "total", "outcome", "requested_budget_eur", "tie_break_over_next"));
		for (FundingLine.Place place : ranking.result().places()) {
			lines.add(List.of(place.rank() == 0 ? "" : String.valueOf(place.rank()), place.proposal().label(),
					place.proposal().total().toPlainString(), place.outcome().name(),
					place.proposal().requestedBudget().toPlainString(),
					place.tieBreakOver() == null ? "" : place.tieBreakOver().name()));
		}
		return lines;
	}

	/** The read model of the ranking's figures: each evaluated proposal of the call with its consensus so far. */
	private List<Candidate> candidates(long callId) {
		Map<Long, Map<Long, BigDecimal>> agreed = new LinkedHashMap<>();
		consensus.findByCallId(callId)
			.forEach(score -> agreed.computeIfAbsent(score.getProposalId(), id -> new LinkedHashMap<>())
				.put(score.getCriterionId(), score.getScore()));
		return jdbc.sql("""
				select p.id, p.acronym, p.title, coalesce(p.first_submitted_at, p.created_at),
				       coalesce(t.requested_eur, 0), d.reason
				from proposals p left join ranking_dropouts d on d.proposal_id = p.id
				left join proposal_tallies t on t.proposal_id = p.id
				where p.call_id = ? and p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')
				order by p.acronym""")
			.param(callId)
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBigDecimal(5),
					agreed.getOrDefault(rs.getLong(1), Map.of()), rs.getString(6)))
			.list();
	}
}
