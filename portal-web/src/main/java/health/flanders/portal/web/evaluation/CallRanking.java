package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.review.ranking.FundingLine;
import health.flanders.portal.review.ranking.RankedProposal;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.WeightedTotal;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;
import health.flanders.portal.web.mail.Mailer;

/**
 * The ranking of a call from the consensus scores and its funding line (the review service's {@link FundingLine});
 * proposals that dropped out are left out, and the page says what that changed. Staff confirm the decision, which
 * sets each proposal's status and e-mails its applicants.
 */
@Service
@Transactional
public class CallRanking {

	private final JdbcClient jdbc;

	private final EvaluationSettings settings;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Clock clock;

	private final CallRepository calls;

	CallRanking(JdbcClient jdbc, EvaluationSettings settings, Mailer mailer, AuditTrail audit, CallRepository calls,
			Clock clock) {
		this.calls = calls;
		this.jdbc = jdbc;
		this.settings = settings;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
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

	@Transactional(readOnly = true)
	public Ranking of(long callId) {
		return rank(settings.of(callId));
	}

	private Ranking rank(Settings call) {
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

	/** Records that a proposal drops out of the ranking; the first on the reserve list that fits moves up. */
	public void dropOut(long callId, long proposalId, String reason, long staffId, String staffEmail) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		int inserted = jdbc.sql("""
				insert into ranking_dropouts (proposal_id, reason, recorded_by, recorded_at)
				select id, ?, ?, ? from proposals where id = ? and call_id = ? on conflict do nothing""")
			.params(reason.strip(), staffId, clock.instant().atOffset(ZoneOffset.UTC), proposalId, callId)
			.update();
		if (inserted == 1) {
			audit.record(staffEmail, "RANKING_DROPOUT", "proposal", proposalId, "reason: " + reason.strip());
		}
	}

	/**
	 * Confirms the funding decision: each proposal's place is kept, funded proposals become FUNDED and the others
	 * NOT_FUNDED, the call is decided, and every applicant is e-mailed.
	 * @throws EvaluationRefusedException when decided already, not released, or a proposal still awaits its consensus
	 */
	public void decide(long callId, long staffId, String staffEmail) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		if (!call.released()) {
			throw new EvaluationRefusedException("evaluation.decision.notReleased");
		}
		Ranking ranking = rank(call);
		if (!ranking.complete()) {
			throw new EvaluationRefusedException("evaluation.decision.awaiting", String.join(", ", ranking.awaitingConsensus()));
		}
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		for (FundingLine.Place place : ranking.result().places()) {
			jdbc.sql("""
					insert into funding_decisions (proposal_id, call_id, rank, outcome, total, decided_by, decided_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(place.proposal().id(), callId, place.rank(), place.outcome().name(), place.proposal().total(),
						staffId, now)
				.update();
		}
		for (Dropout dropout : ranking.dropouts()) {
			jdbc.sql("""
					insert into funding_decisions (proposal_id, call_id, rank, outcome, total, decided_by, decided_at)
					select ?, ?, 0, 'DROPPED', 0, ?, ? """)
				.params(dropout.proposalId(), callId, staffId, now)
				.update();
		}
		List<Long> funded = ranking.result().funded().stream().map(place -> place.proposal().id()).toList();
		jdbc.sql("update proposals set status = case when id in (select proposal_id from funding_decisions "
				+ "where call_id = :call and outcome = 'FUNDED') then 'FUNDED' else 'NOT_FUNDED' end "
				+ "where call_id = :call and status in ('SUBMITTED', 'IN_EVALUATION')")
			.param("call", callId)
			.update();
		Call decided = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		decided.decide(clock);
		calls.saveAndFlush(decided);
		jdbc.sql("""
				select distinct u.email, u.full_name, u.locale, p.acronym, p.status
				from proposals p join proposal_applicants pa on pa.proposal_id = p.id join users u on u.id = pa.user_id
				where p.call_id = ? and p.status in ('FUNDED', 'NOT_FUNDED')""")
			.param(callId)
			.query(rs -> {
				mailer.send(rs.getString(1), Locale.forLanguageTag(rs.getString(3)), "funding-decision",
						Map.of("name", rs.getString(2), "acronym", rs.getString(4), "call",
								decided.getTitle(Locale.forLanguageTag(rs.getString(3))),
								"funded", "FUNDED".equals(rs.getString(5))));
			});
		audit.record(staffEmail, "FUNDING_DECIDED", "call", callId,
				funded.size() + " funded: " + funded + "; budget used " + ranking.result().budgetUsed());
	}

	/** The ranking as CSV lines, the header first: rank, acronym, total, outcome, requested budget. */
	@Transactional(readOnly = true)
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

	private List<Candidate> candidates(long callId) {
		Map<Long, Map<Long, BigDecimal>> consensus = new LinkedHashMap<>();
		jdbc.sql("""
				select s.proposal_id, s.criterion_id, s.score from consensus_scores s
				join proposals p on p.id = s.proposal_id where p.call_id = ?""")
			.param(callId)
			.query(rs -> {
				consensus.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
			});
		return jdbc.sql("""
				select p.id, p.acronym, p.title, coalesce(p.first_submitted_at, p.created_at),
				       coalesce((select sum(m.requested_budget_eur) from consortium_members m where m.proposal_id = p.id), 0),
				       d.reason
				from proposals p left join ranking_dropouts d on d.proposal_id = p.id
				where p.call_id = ? and p.status in """ + ReviewerAssignments.EVALUATED + " order by p.acronym")
			.param(callId)
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBigDecimal(5),
					consensus.getOrDefault(rs.getLong(1), Map.of()), rs.getString(6)))
			.list();
	}
}
