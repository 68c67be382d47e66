package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.AssignmentResponse;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.ReviewAssignment;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.review.assignment.Assignment;
import health.flanders.portal.review.assignment.AssignmentProblem;
import health.flanders.portal.review.assignment.ReviewerAssignmentSolver;
import health.flanders.portal.web.evaluation.AssignmentReadModel.PoolReviewer;
import health.flanders.portal.web.evaluation.AssignmentReadModel.ProposalText;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;

/**
 * The optimal assignment of a call's pool to its proposals: the review service's solver on affinities from the
 * matching service ({@link ExpertiseAffinities}: the reviewers' publications, or keywords, against the proposals). The pairs a reviewer has accepted or started, and after the release every pair sent and not
 * declined, are kept; a declined pair is never proposed again; every other pair is replaced.
 */
@Component
class OptimalAssignment {

	private final AssignmentReadModel model;

	private final ReviewAssignmentRepository assignments;

	private final ExpertiseAffinities affinities;

	private final AuditTrail audit;

	private final Clock clock;

	OptimalAssignment(AssignmentReadModel model, ReviewAssignmentRepository assignments, ExpertiseAffinities affinities,
			AuditTrail audit, Clock clock) {
		this.model = model;
		this.assignments = assignments;
		this.affinities = affinities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Replaces the call's open pairs by the optimal ones; the caller holds the call's row lock.
	 * @return the proposals (acronym and title) each reviewer was newly given, by reviewer id
	 */
	Map<Long, List<String>> propose(Settings call, String staffEmail) {
		List<ProposalText> proposals = model.proposals(call.callId());
		List<PoolReviewer> reviewers = model.pool(call.callId());
		if (proposals.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.noProposals");
		}
		if (reviewers.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.noReviewers");
		}
		Set<Long> conflicts = model.conflicts(call.callId());
		Set<Long> started = model.started(call.callId());
		Map<Long, ReviewAssignment> kept = new HashMap<>();
		Set<Long> declined = new HashSet<>();
		for (ReviewAssignment pair : assignments.findByCallId(call.callId())) {
			long key = AssignmentReadModel.key(pair.getProposalId(), pair.getReviewerId());
			if (pair.getResponse() == AssignmentResponse.DECLINED) {
				declined.add(key);
			}
			else if (pair.getResponse() == AssignmentResponse.ACCEPTED || started.contains(key) || call.released()) {
				kept.put(key, pair);
			}
			else {
				assignments.delete(pair);
			}
		}
		assignments.flush();
		ExpertiseAffinities.Affinities affinity = affinities.of(proposals, reviewers);
		int[][] micros = new int[proposals.size()][reviewers.size()];
		boolean[][] fixed = new boolean[proposals.size()][reviewers.size()];
		for (int p = 0; p < proposals.size(); p++) {
			for (int r = 0; r < reviewers.size(); r++) {
				long key = AssignmentReadModel.key(proposals.get(p).id(), reviewers.get(r).id());
				boolean open = !conflicts.contains(key) && !declined.contains(key);
				micros[p][r] = open ? AssignmentProblem.micros(affinity.of(proposals.get(p).id(), reviewers.get(r).id()))
						: AssignmentProblem.CONFLICT;
				fixed[p][r] = open && kept.containsKey(key);
			}
		}
		List<ReviewerKind> required = call.requiredKinds();
		int k = Math.max(call.reviewersPerProposal(), required.size());
		int[] maxLoad = new int[reviewers.size()];
		for (int r = 0; r < reviewers.size(); r++) {
			maxLoad[r] = reviewers.get(r).maximum(call.maxProposalsPerReviewer());
		}
		int[] kinds = reviewers.stream()
			.mapToInt(reviewer -> reviewer.kind() == null ? AssignmentProblem.NO_KIND : reviewer.kind().ordinal())
			.toArray();
		boolean[][] held = holdable(fixed, k, maxLoad);
		for (int p = 0; p < proposals.size(); p++) {
			for (int r = 0; r < reviewers.size(); r++) {
				if (fixed[p][r] && !held[p][r]) {
					micros[p][r] = AssignmentProblem.CONFLICT;
				}
			}
		}
		Assignment assignment = new ReviewerAssignmentSolver().solve(new AssignmentProblem(k, maxLoad, micros, kinds,
				required.stream().mapToInt(Enum::ordinal).toArray(), held));
		Map<Long, List<String>> added = new LinkedHashMap<>();
		for (int p = 0; p < proposals.size(); p++) {
			for (int r : assignment.reviewersOf()[p]) {
				if (!held[p][r]) {
					assignments.save(new ReviewAssignment(proposals.get(p).id(), reviewers.get(r).id(),
							BigDecimal.valueOf(micros[p][r], 6), false, clock));
					added.computeIfAbsent(reviewers.get(r).id(), id -> new ArrayList<>())
						.add(proposals.get(p).acronym() + " · " + proposals.get(p).title());
				}
			}
		}
		audit.record(staffEmail, "ASSIGNMENT_PROPOSED", "call", call.callId(), String.format(Locale.ROOT,
				"%d proposals, %d reviewers, %d pairs kept, total affinity %.6f", proposals.size(), reviewers.size(),
				kept.size(), assignment.total()));
		return added;
	}

	/**
	 * The kept pairs the solver can hold: a reviewer's maximum lowered since may leave them over a limit; those pairs
	 * stay as they are, outside the problem, and are not proposed again.
	 */
	private static boolean[][] holdable(boolean[][] fixed, int k, int[] maxLoad) {
		int[] loads = new int[maxLoad.length];
		boolean[][] held = new boolean[fixed.length][];
		for (int p = 0; p < fixed.length; p++) {
			held[p] = new boolean[fixed[p].length];
			int count = 0;
			for (int r = 0; r < fixed[p].length; r++) {
				if (fixed[p][r] && count < k && loads[r] < maxLoad[r]) {
					held[p][r] = true;
					count++;
					loads[r]++;
				}
			}
		}
		return held;
	}
}
