package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.AssignmentResponse;
import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.review.assignment.Shortfall;
import health.flanders.portal.web.evaluation.AssignmentReadModel.PoolReviewer;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;

/**
 * A call's assignment as staff see it: each proposal with its reviewers (affinity, by hand, in conflict, accepted or
 * declined and why), how many it still lacks and why, and each reviewer of the pool with their load and maximum.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentOverview {

	static final int TABLE_PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final AssignmentReadModel model;

	private final EvaluationSettings settings;

	AssignmentOverview(JdbcClient jdbc, AssignmentReadModel model, EvaluationSettings settings) {
		this.jdbc = jdbc;
		this.model = model;
		this.settings = settings;
	}

	/** A reviewer on a proposal. */
	public record Pair(long reviewerId, String reviewer, BigDecimal affinity, boolean byHand, boolean inConflict,
			AssignmentResponse response, String declineReason) {

		boolean counts() {
			return !this.inConflict && this.response != AssignmentResponse.DECLINED;
		}
	}

	/** Why a proposal lacks reviewers: {@code available} reviewers of the pool (of the kind) could still take it. */
	public record Gap(Shortfall.Reason reason, int missing, int available, ReviewerKind kind) {
	}

	public record ProposalLine(long id, String acronym, String title, List<Pair> reviewers, int missing,
			List<ReviewerKind> missingKinds, List<Gap> gaps) {
	}

	/** A page of the table of proposals and their reviewers. */
	public record Table(List<ProposalLine> lines, int page, int pages) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages;
		}
	}

	public record Load(long reviewerId, String name, ReviewerKind kind, int load, int maximum, Integer ownMaximum) {
	}

	public record Overview(Settings settings, List<ProposalLine> proposals, List<Load> loads) {

		/** One page of {@link #TABLE_PAGE_SIZE} proposals of the table, counted from 0; past the last, none. */
		public Table table(int page) {
			long from = Math.min((long) page * TABLE_PAGE_SIZE, this.proposals.size());
			int to = (int) Math.min(from + TABLE_PAGE_SIZE, this.proposals.size());
			return new Table(this.proposals.subList((int) from, to), page,
					Math.max(1, (this.proposals.size() + TABLE_PAGE_SIZE - 1) / TABLE_PAGE_SIZE));
		}

		/** The proposals that lack a reviewer or a required kind. */
		public List<ProposalLine> shortOfReviewers() {
			return this.proposals.stream().filter(line -> !line.gaps().isEmpty()).toList();
		}
	}

	public Overview of(long callId) {
		Settings call = settings.of(callId);
		Set<Long> conflicts = model.conflicts(callId);
		Map<Long, List<Pair>> pairs = pairs(callId, conflicts);
		List<PoolReviewer> pool = model.pool(callId);
		Map<Long, ReviewerKind> kinds = new HashMap<>();
		Map<Long, Integer> loads = new HashMap<>();
		pool.forEach(reviewer -> kinds.put(reviewer.id(), reviewer.kind()));
		pairs.values().stream().flatMap(List::stream).filter(Pair::counts)
			.forEach(pair -> loads.merge(pair.reviewerId(), 1, Integer::sum));
		boolean assigned = !pairs.isEmpty();
		List<ProposalLine> proposals = model.headings(callId).stream().map(proposal -> {
			List<Pair> reviewers = pairs.getOrDefault(proposal.id(), List.of());
			List<Pair> counted = reviewers.stream().filter(Pair::counts).toList();
			List<ReviewerKind> missingKinds = call.requiredKinds().stream()
				.filter(kind -> counted.stream().noneMatch(pair -> kinds.get(pair.reviewerId()) == kind))
				.toList();
			int missing = Math.max(0, call.reviewersPerProposal() - counted.size());
			// Who could still take it is only asked where a reviewer is missing: the pool (300) for each proposal
			// (600) was most of what this page cost once every proposal had its reviewers.
			List<Gap> gaps = assigned && (missing > 0 || !missingKinds.isEmpty())
					? gaps(call, missing, missingKinds, available(proposal.id(), reviewers, pool, conflicts)) : List.of();
			return new ProposalLine(proposal.id(), proposal.acronym(), proposal.title(), reviewers, missing, missingKinds,
					gaps);
		}).toList();
		List<Load> poolLoads = pool.stream()
			.map(reviewer -> new Load(reviewer.id(), reviewer.name(), reviewer.kind(), loads.getOrDefault(reviewer.id(), 0),
					reviewer.maximum(call.maxProposalsPerReviewer()), reviewer.ownMaximum()))
			.toList();
		return new Overview(call, proposals, poolLoads);
	}

	/** The reviewers of the pool without a conflict with the proposal who did not decline it. */
	private static List<PoolReviewer> available(long proposalId, List<Pair> reviewers, List<PoolReviewer> pool,
			Set<Long> conflicts) {
		return pool.stream()
			.filter(reviewer -> !conflicts.contains(AssignmentReadModel.key(proposalId, reviewer.id())))
			.filter(reviewer -> reviewers.stream().noneMatch(pair -> pair.reviewerId() == reviewer.id() && !pair.counts()))
			.toList();
	}

	private static List<Gap> gaps(Settings call, int missing, List<ReviewerKind> missingKinds,
			List<PoolReviewer> available) {
		List<Gap> gaps = new ArrayList<>();
		if (missing > 0) {
			gaps.add(new Gap(available.size() < call.reviewersPerProposal() ? Shortfall.Reason.TOO_FEW_WITHOUT_CONFLICT
					: Shortfall.Reason.REVIEWERS_FULL, missing, available.size(), null));
		}
		for (ReviewerKind kind : missingKinds) {
			gaps.add(new Gap(Shortfall.Reason.NO_FREE_REVIEWER_OF_KIND, 1,
					(int) available.stream().filter(reviewer -> reviewer.kind() == kind).count(), kind));
		}
		return gaps;
	}

	/** The call's pairs; whether each is in conflict comes from the call's conflicts, read once, not once per pair. */
	private Map<Long, List<Pair>> pairs(long callId, Set<Long> conflicts) {
		Map<Long, List<Pair>> pairs = new LinkedHashMap<>();
		jdbc.sql("""
				select a.proposal_id, u.id, u.full_name, a.affinity, a.by_hand, a.response, a.decline_reason
				from review_assignments a join proposals p on p.id = a.proposal_id join users u on u.id = a.reviewer_id
				where p.call_id = ? order by a.affinity desc, u.full_name""")
			.param(callId)
			.query(rs -> {
				pairs.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Pair(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5),
							conflicts.contains(AssignmentReadModel.key(rs.getLong(1), rs.getLong(2))),
							AssignmentResponse.valueOf(rs.getString(6)), rs.getString(7)));
			});
		return pairs;
	}
}
