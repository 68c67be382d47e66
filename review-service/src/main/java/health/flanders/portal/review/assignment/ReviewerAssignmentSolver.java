package health.flanders.portal.review.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import health.flanders.portal.review.assignment.Shortfall.Reason;

/**
 * The exactly optimal reviewer assignment, as a minimum-cost flow: the source gives each proposal k units; a
 * proposal sends one to each reviewer it gets (cost: minus the affinity); a reviewer passes at most its maximum on to
 * the sink. A required kind is a node of its own between the proposal and that kind's reviewers with a lower bound of
 * one. Every proposal (and kind node) may also send to the sink at a cost higher than any total affinity, so a flow
 * always exists, the fewest possible units go that way, and those units are the shortfalls.
 * <p>
 * Most pairs never matter: the flow is first solved on each proposal's and each reviewer's best pairs, and its prices
 * then checked against every other pair; a pair that would improve the flow is added and the flow repaired from
 * where it was. When no pair is left that would improve it, the prices prove the flow optimal over all pairs.
 * <p>
 * Fixed pairs are taken out before: a proposal needs k less its fixed reviewers, a reviewer takes its maximum less its
 * fixed proposals, and a kind a fixed reviewer brings is covered already.
 */
public final class ReviewerAssignmentSolver {

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	public Assignment solve(AssignmentProblem problem) {
		return new Run(problem).solve();
	}

	private static final class Run {

		private final AssignmentProblem problem;

		private final int proposals;

		private final int reviewers;

		private final int k;

		private final int kinds;

		private final BitSet candidates;

		private final long shortfallCost;

		private long[] prices;

		private BitSet assigned = new BitSet();

		private int[] fixedFlows;

		/** Each proposal's reviewers still needed: k less its fixed ones. */
		private final int[] need;

		/** Each reviewer's room left: its maximum less its fixed proposals. */
		private final int[] room;

		/** By proposal, then required kind: whether the flow must still bring one reviewer of that kind. */
		private final boolean[][] kindOwed;

		Run(AssignmentProblem problem) {
			this.problem = problem;
			this.proposals = problem.proposals();
			this.reviewers = problem.reviewers();
			this.k = problem.reviewersPerProposal();
			this.kinds = problem.requiredKinds().length;
			this.candidates = new BitSet(this.proposals * this.reviewers);
			this.shortfallCost = (long) AssignmentProblem.MICROS * this.proposals * this.k + 1;
			this.need = new int[this.proposals];
			this.room = new int[this.reviewers];
			this.kindOwed = new boolean[this.proposals][this.kinds];
			int[] required = problem.requiredKinds();
			for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
				this.room[reviewer] = problem.maxLoad(reviewer);
			}
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				this.need[proposal] = this.k;
				boolean[] covered = new boolean[this.kinds];
				for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
					if (problem.fixed(proposal, reviewer)) {
						this.need[proposal]--;
						this.room[reviewer]--;
						int kind = problem.requiredIndex(reviewer);
						if (kind >= 0) {
							covered[kind] = true;
						}
					}
				}
				// A kind is owed while there is a place left for it; a kind without a place shows as a shortfall.
				int owed = 0;
				for (int kind = 0; kind < required.length; kind++) {
					if (!covered[kind] && owed < this.need[proposal]) {
						this.kindOwed[proposal][kind] = true;
						owed++;
					}
				}
			}
		}

		private long totalNeed() {
			long total = 0;
			for (int needed : this.need) {
				total += needed;
			}
			return total;
		}

		Assignment solve() {
			chooseFirstCandidates();
			long epsilon = 0;
			while (true) {
				MinCostFlow flow = network();
				flow.solve(epsilon == 0 ? flow.maxScaledCost() : epsilon);
				readFlows(flow);
				long violation = addImprovingPairs(flow);
				if (violation == 0) {
					return assignment(flow);
				}
				epsilon = violation;
			}
		}

		private int pair(int proposal, int reviewer) {
			return proposal * this.reviewers + reviewer;
		}

		private int proposalNode(int proposal) {
			return 2 + proposal;
		}

		private int kindNode(int proposal, int kind) {
			return 2 + this.proposals + proposal * this.kinds + kind;
		}

		private int reviewerNode(int reviewer) {
			return 2 + this.proposals * (1 + this.kinds) + reviewer;
		}

		/** The node a proposal reaches a reviewer from: its kind node when the reviewer is of a required kind. */
		private int fromNode(int proposal, int reviewer) {
			int kind = this.problem.requiredIndex(reviewer);
			return kind < 0 ? proposalNode(proposal) : kindNode(proposal, kind);
		}

		/** Each proposal's best 2k + 4 reviewers and best k of each required kind; each reviewer's best 2 × maximum. */
		private void chooseFirstCandidates() {
			int perProposal = 2 * this.k + 4;
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				int row = proposal;
				addBest(perProposal, this.reviewers, reviewer -> openAffinity(row, reviewer),
						reviewer -> pair(row, reviewer));
				for (int kind : this.problem.requiredKinds()) {
					addBest(this.k, this.reviewers,
							reviewer -> this.problem.kind(reviewer) == kind ? openAffinity(row, reviewer)
									: AssignmentProblem.CONFLICT,
							reviewer -> pair(row, reviewer));
				}
			}
			for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
				int column = reviewer;
				addBest(2 * this.room[reviewer], this.proposals, proposal -> openAffinity(proposal, column),
						proposal -> pair(proposal, column));
			}
		}

		/** The pair's affinity, or {@link AssignmentProblem#CONFLICT} when it is in conflict or fixed already. */
		private int openAffinity(int proposal, int reviewer) {
			return this.problem.open(proposal, reviewer) ? this.problem.affinity(proposal, reviewer)
					: AssignmentProblem.CONFLICT;
		}

		private void addBest(int count, int size, java.util.function.IntUnaryOperator affinity,
				java.util.function.IntUnaryOperator pair) {
			// A small min-heap of (affinity, index) packed in longs keeps the best `count`.
			long[] heap = new long[Math.max(1, count)];
			int heapSize = 0;
			for (int i = 0; i < size && count > 0; i++) {
				int micros = affinity.applyAsInt(i);
				if (micros == AssignmentProblem.CONFLICT) {
					continue;
				}
				long entry = ((long) micros << 32) | i;
				if (heapSize < count) {
					heap[heapSize++] = entry;
					siftUp(heap, heapSize - 1);
				}
				else if (entry > heap[0]) {
					heap[0] = entry;
					siftDown(heap, heapSize);
				}
			}
			for (int i = 0; i < heapSize; i++) {
				this.candidates.set(pair.applyAsInt((int) heap[i]));
			}
		}

		private static void siftUp(long[] heap, int at) {
			while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
				swap(heap, at, (at - 1) / 2);
				at = (at - 1) / 2;
			}
		}

		private static void siftDown(long[] heap, int size) {
			int at = 0;
			while (true) {
				int smallest = at;
				for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
					if (heap[child] < heap[smallest]) {
						smallest = child;
					}
				}
				if (smallest == at) {
					return;
				}
				swap(heap, at, smallest);
				at = smallest;
			}
		}

		private static void swap(long[] heap, int a, int b) {
			long kept = heap[a];
			heap[a] = heap[b];
			heap[b] = kept;
		}

		/** The network over the candidate pairs, started from the previous round's flows and prices. */
		private MinCostFlow network() {
			MinCostFlow flow = new MinCostFlow(2 + this.proposals * (1 + this.kinds) + this.reviewers);
			flow.setSupply(SOURCE, totalNeed());
			flow.setSupply(SINK, -totalNeed());
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				int needed = this.need[proposal];
				flow.addArc(SOURCE, proposalNode(proposal), needed, 0);
				flow.addArc(proposalNode(proposal), SINK, needed, this.shortfallCost);
				// A lower bound of one on proposal -> owed kind: one unit is taken out of the proposal and put into the kind.
				int owed = 0;
				for (int kind = 0; kind < this.kinds; kind++) {
					boolean isOwed = this.kindOwed[proposal][kind];
					owed += isOwed ? 1 : 0;
					flow.setSupply(kindNode(proposal, kind), isOwed ? 1 : 0);
					flow.addArc(proposalNode(proposal), kindNode(proposal, kind), isOwed ? needed - 1 : needed, 0);
					flow.addArc(kindNode(proposal, kind), SINK, isOwed ? 1 : 0, this.shortfallCost);
				}
				flow.setSupply(proposalNode(proposal), -owed);
			}
			for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
				flow.addArc(reviewerNode(reviewer), SINK, this.room[reviewer], 0);
			}
			int fixedArcs = this.proposals * (2 + 2 * this.kinds) + this.reviewers;
			if (this.fixedFlows != null) {
				for (int arc = 0; arc < fixedArcs; arc++) {
					flow.setFlow(arc, this.fixedFlows[arc]);
				}
				flow.setPrices(this.prices);
			}
			for (int pair = this.candidates.nextSetBit(0); pair >= 0; pair = this.candidates.nextSetBit(pair + 1)) {
				int proposal = pair / this.reviewers;
				int reviewer = pair % this.reviewers;
				int arc = flow.addArc(fromNode(proposal, reviewer), reviewerNode(reviewer), 1,
						-this.problem.affinity(proposal, reviewer));
				if (this.assigned.get(pair)) {
					flow.setFlow(arc, 1);
				}
			}
			return flow;
		}

		private void readFlows(MinCostFlow flow) {
			int fixedArcs = this.proposals * (2 + 2 * this.kinds) + this.reviewers;
			this.fixedFlows = new int[fixedArcs];
			for (int arc = 0; arc < fixedArcs; arc++) {
				this.fixedFlows[arc] = flow.flow(arc);
			}
			this.assigned = new BitSet();
			int arc = fixedArcs;
			for (int pair = this.candidates.nextSetBit(0); pair >= 0; pair = this.candidates.nextSetBit(pair + 1)) {
				if (flow.flow(arc++) == 1) {
					this.assigned.set(pair);
				}
			}
			this.prices = flow.prices();
		}

		/**
		 * Checks every pair left out against the prices; adds, per proposal, the 2k + 4 pairs that improve the flow
		 * most. Returns the largest improvement found (0 when none: the flow is optimal over all pairs).
		 */
		private long addImprovingPairs(MinCostFlow flow) {
			int perProposal = 2 * this.k + 4;
			long largest = 0;
			long[] worst = new long[perProposal];
			int[] worstReviewer = new int[perProposal];
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				int found = 0;
				for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
					int micros = openAffinity(proposal, reviewer);
					if (micros == AssignmentProblem.CONFLICT || this.candidates.get(pair(proposal, reviewer))) {
						continue;
					}
					long reduced = flow.reducedCost(fromNode(proposal, reviewer), reviewerNode(reviewer), -micros);
					if (reduced >= -1) {
						continue;
					}
					largest = Math.max(largest, -reduced);
					// Keep the perProposal most negative, by replacing the least negative kept.
					if (found < perProposal) {
						worst[found] = reduced;
						worstReviewer[found++] = reviewer;
					}
					else {
						int least = 0;
						for (int i = 1; i < perProposal; i++) {
							if (worst[i] > worst[least]) {
								least = i;
							}
						}
						if (reduced < worst[least]) {
							worst[least] = reduced;
							worstReviewer[least] = reviewer;
						}
					}
				}
				for (int i = 0; i < found; i++) {
					this.candidates.set(pair(proposal, worstReviewer[i]));
				}
			}
			return largest;
		}

		private Assignment assignment(MinCostFlow flow) {
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
					if (this.problem.fixed(proposal, reviewer)) {
						this.assigned.set(pair(proposal, reviewer));
					}
				}
			}
			int[][] reviewersOf = new int[this.proposals][];
			long total = 0;
			int[] count = new int[this.proposals];
			for (int pair = this.assigned.nextSetBit(0); pair >= 0; pair = this.assigned.nextSetBit(pair + 1)) {
				count[pair / this.reviewers]++;
			}
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				reviewersOf[proposal] = new int[count[proposal]];
				count[proposal] = 0;
			}
			for (int pair = this.assigned.nextSetBit(0); pair >= 0; pair = this.assigned.nextSetBit(pair + 1)) {
				int proposal = pair / this.reviewers;
				int reviewer = pair % this.reviewers;
				reviewersOf[proposal][count[proposal]++] = reviewer;
				total += this.problem.affinity(proposal, reviewer);
			}
			return new Assignment(reviewersOf, total, shortfalls(reviewersOf));
		}

		private List<Shortfall> shortfalls(int[][] reviewersOf) {
			List<Shortfall> shortfalls = new ArrayList<>();
			int[] required = this.problem.requiredKinds();
			for (int proposal = 0; proposal < this.proposals; proposal++) {
				int[] assigned = reviewersOf[proposal];
				int missing = this.k - assigned.length;
				for (int kind : required) {
					int proposalIndex = proposal;
					boolean covered = Arrays.stream(assigned).anyMatch(reviewer -> this.problem.kind(reviewer) == kind);
					if (!covered) {
						int free = withoutConflict(proposalIndex, kind);
						shortfalls.add(new Shortfall(proposal, 1, Reason.NO_FREE_REVIEWER_OF_KIND, kind, free));
						missing--;
					}
				}
				if (missing > 0) {
					int free = withoutConflict(proposal, AssignmentProblem.NO_KIND);
					Reason reason = free < this.k ? Reason.TOO_FEW_WITHOUT_CONFLICT : Reason.REVIEWERS_FULL;
					shortfalls.add(new Shortfall(proposal, missing, reason, AssignmentProblem.NO_KIND, free));
				}
			}
			return shortfalls;
		}

		/** Reviewers without a conflict with the proposal; of the kind, unless it is NO_KIND. */
		private int withoutConflict(int proposal, int kind) {
			int count = 0;
			for (int reviewer = 0; reviewer < this.reviewers; reviewer++) {
				if (!this.problem.inConflict(proposal, reviewer)
						&& (kind == AssignmentProblem.NO_KIND || this.problem.kind(reviewer) == kind)) {
					count++;
				}
			}
			return count;
		}
	}
}
