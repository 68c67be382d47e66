package health.flanders.portal.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property test: on random instances, with and without required kinds, with and without enough reviewers, the
 * solver's assignment keeps every rule and has the same shortfall and total affinity as Google OR-Tools' minimum-cost
 * flow on the same instance; also when some pairs are fixed already (re-proposing with the accepted pairs kept), which
 * the oracle models independently, as arcs with a lower bound of one.
 */
class ReviewerAssignmentOracleTests {

	private static final int INSTANCES = 400;

	@BeforeAll
	static void loadOrTools() {
		Loader.loadNativeLibraries();
	}

	@Test
	void matchesAnIndependentExactSolverAndKeepsEveryRuleOnRandomInstances() {
		Random random = new Random(20261123);
		ReviewerAssignmentSolver solver = new ReviewerAssignmentSolver();
		for (int instance = 0; instance < INSTANCES; instance++) {
			AssignmentProblem problem = randomProblem(random, instance);
			Assignment assignment = solver.solve(problem);

			long[] oracle = oracle(problem);
			int missing = assignment.shortfalls().stream().mapToInt(Shortfall::missing).sum();
			assertThat(missing).as("shortfall of instance %d", instance).isEqualTo(oracle[0]);
			assertThat(assignment.totalMicros()).as("total of instance %d", instance).isEqualTo(oracle[1]);
			assertKeepsTheRules(problem, assignment, instance);
		}
	}

	@Test
	void keepsTheFixedPairsAndFillsTheRestAsOptimallyAsTheOracle() {
		Random random = new Random(20261205);
		ReviewerAssignmentSolver solver = new ReviewerAssignmentSolver();
		for (int instance = 0; instance < INSTANCES; instance++) {
			AssignmentProblem open = randomProblem(random, instance);
			AssignmentProblem problem = withFixedPairs(open, random);
			Assignment assignment = solver.solve(problem);

			long[] oracle = oracle(problem);
			int missing = assignment.shortfalls().stream().mapToInt(Shortfall::missing).sum();
			assertThat(missing).as("shortfall of instance %d", instance).isEqualTo(oracle[0]);
			assertThat(assignment.totalMicros()).as("total of instance %d", instance).isEqualTo(oracle[1]);
			assertKeepsTheRules(problem, assignment, instance);
			for (int proposal = 0; proposal < problem.proposals(); proposal++) {
				for (int reviewer = 0; reviewer < problem.reviewers(); reviewer++) {
					if (problem.fixed(proposal, reviewer)) {
						assertThat(assignment.reviewersOf()[proposal]).as("fixed pair kept in %d", instance)
							.contains(reviewer);
					}
				}
			}
		}
	}

	/**
	 * The problem with a random share of its pairs fixed, as accepted pairs of an earlier assignment would be: no
	 * conflict, at most k per proposal and a place left for each required kind it lacks, at most each maximum.
	 */
	private static AssignmentProblem withFixedPairs(AssignmentProblem problem, Random random) {
		int proposals = problem.proposals();
		int reviewers = problem.reviewers();
		int k = problem.reviewersPerProposal();
		boolean[][] fixed = new boolean[proposals][reviewers];
		int[] loads = new int[reviewers];
		double share = random.nextDouble() * 0.5;
		int[] kinds = new int[reviewers];
		int[][] affinity = new int[proposals][reviewers];
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			kinds[reviewer] = problem.kind(reviewer);
		}
		int[] maxLoad = new int[reviewers];
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			maxLoad[reviewer] = problem.maxLoad(reviewer);
		}
		for (int proposal = 0; proposal < proposals; proposal++) {
			int count = 0;
			Set<Integer> coveredKinds = new HashSet<>();
			for (int reviewer = 0; reviewer < reviewers; reviewer++) {
				affinity[proposal][reviewer] = problem.affinity(proposal, reviewer);
				if (problem.inConflict(proposal, reviewer) || loads[reviewer] >= maxLoad[reviewer]
						|| random.nextDouble() >= share) {
					continue;
				}
				Set<Integer> covered = new HashSet<>(coveredKinds);
				covered.add(kinds[reviewer]);
				long owed = Arrays.stream(problem.requiredKinds()).filter(kind -> !covered.contains(kind)).count();
				if (count + 1 + owed > k) {
					continue;
				}
				fixed[proposal][reviewer] = true;
				coveredKinds.add(kinds[reviewer]);
				count++;
				loads[reviewer]++;
			}
		}
		return new AssignmentProblem(k, maxLoad, affinity, kinds, problem.requiredKinds(), fixed);
	}

	private static AssignmentProblem randomProblem(Random random, int instance) {
		int proposals = 1 + random.nextInt(40);
		int reviewers = 2 + random.nextInt(25);
		int k = 1 + random.nextInt(3);
		int[] maxLoad = new int[reviewers];
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			maxLoad[reviewer] = 1 + random.nextInt(instance % 3 == 0 ? 3 : 8);
		}
		double conflicts = random.nextDouble() * 0.3;
		int[][] affinity = new int[proposals][reviewers];
		for (int[] row : affinity) {
			for (int reviewer = 0; reviewer < reviewers; reviewer++) {
				// Few distinct values on some instances, so that ties are common.
				row[reviewer] = random.nextDouble() < conflicts ? AssignmentProblem.CONFLICT
						: instance % 4 == 0 ? 250_000 * random.nextInt(5) : random.nextInt(AssignmentProblem.MICROS + 1);
			}
		}
		if (instance % 2 == 0) {
			return new AssignmentProblem(k, maxLoad, affinity);
		}
		int[] kind = new int[reviewers];
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			kind[reviewer] = random.nextInt(4) - 1;
		}
		int[] required = random.ints(0, 3).distinct().limit(1 + random.nextInt(Math.min(k, 2))).toArray();
		return new AssignmentProblem(k, maxLoad, affinity, kind, required);
	}

	/**
	 * The same model given to OR-Tools: a proposal node, a node per required kind with its lower bound of one moved
	 * into the supplies, a shortfall arc to the sink. Returns the shortfall and the total affinity of its optimum.
	 */
	private static long[] oracle(AssignmentProblem problem) {
		int proposals = problem.proposals();
		int reviewers = problem.reviewers();
		int k = problem.reviewersPerProposal();
		int[] required = problem.requiredKinds();
		int kinds = required.length;
		long big = (long) AssignmentProblem.MICROS * proposals * k + 1;
		int source = 0;
		int sink = 1;
		MinCostFlow flow = new MinCostFlow();
		long[] supply = new long[2 + proposals * (1 + kinds) + reviewers];
		supply[source] = (long) proposals * k;
		supply[sink] = -(long) proposals * k;
		Set<Integer> shortfallArcs = new HashSet<>();
		long fixedMicros = 0;
		for (int proposal = 0; proposal < proposals; proposal++) {
			int node = 2 + proposal;
			flow.addArcWithCapacityAndUnitCost(source, node, k, 0);
			shortfallArcs.add(flow.addArcWithCapacityAndUnitCost(node, sink, k, big));
			supply[node] -= kinds;
			for (int kind = 0; kind < kinds; kind++) {
				int kindNode = 2 + proposals + proposal * kinds + kind;
				supply[kindNode] += 1;
				flow.addArcWithCapacityAndUnitCost(node, kindNode, k - 1, 0);
				shortfallArcs.add(flow.addArcWithCapacityAndUnitCost(kindNode, sink, 1, big));
			}
			for (int reviewer = 0; reviewer < reviewers; reviewer++) {
				if (problem.inConflict(proposal, reviewer)) {
					continue;
				}
				int kind = Arrays.asList(Arrays.stream(required).boxed().toArray()).indexOf(problem.kind(reviewer));
				int from = kind < 0 ? node : 2 + proposals + proposal * kinds + kind;
				int to = 2 + proposals * (1 + kinds) + reviewer;
				if (problem.fixed(proposal, reviewer)) {
					// A lower bound of one: the unit is moved into the supplies, its affinity counted apart.
					supply[from] -= 1;
					supply[to] += 1;
					fixedMicros += problem.affinity(proposal, reviewer);
					continue;
				}
				flow.addArcWithCapacityAndUnitCost(from, to, 1, -problem.affinity(proposal, reviewer));
			}
		}
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			flow.addArcWithCapacityAndUnitCost(2 + proposals * (1 + kinds) + reviewer, sink, problem.maxLoad(reviewer), 0);
		}
		for (int node = 0; node < supply.length; node++) {
			flow.setNodeSupply(node, supply[node]);
		}
		assertThat(flow.solve()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
		long shortfall = 0;
		for (int arc : shortfallArcs) {
			shortfall += flow.getFlow(arc);
		}
		return new long[] { shortfall, shortfall * big - flow.getOptimalCost() + fixedMicros };
	}

	private static void assertKeepsTheRules(AssignmentProblem problem, Assignment assignment, int instance) {
		int[] loads = new int[problem.reviewers()];
		for (int index = 0; index < problem.proposals(); index++) {
			int proposal = index;
			int[] assigned = assignment.reviewersOf()[proposal];
			assertThat(assigned.length).as("reviewers of %d in %d", proposal, instance)
				.isLessThanOrEqualTo(problem.reviewersPerProposal());
			assertThat(Arrays.stream(assigned).distinct().count()).isEqualTo(assigned.length);
			for (int reviewer : assigned) {
				assertThat(problem.inConflict(proposal, reviewer)).as("conflict in %d", instance).isFalse();
				loads[reviewer]++;
			}
			boolean reported = assignment.shortfalls().stream().anyMatch(shortfall -> shortfall.proposal() == proposal);
			boolean full = assigned.length == problem.reviewersPerProposal() && Arrays.stream(problem.requiredKinds())
				.allMatch(kind -> Arrays.stream(assigned).anyMatch(reviewer -> problem.kind(reviewer) == kind));
			assertThat(reported).as("shortfall of %d in %d reported", proposal, instance).isEqualTo(!full);
		}
		for (int reviewer = 0; reviewer < problem.reviewers(); reviewer++) {
			assertThat(loads[reviewer]).as("load of %d in %d", reviewer, instance)
				.isLessThanOrEqualTo(problem.maxLoad(reviewer));
		}
	}
}
