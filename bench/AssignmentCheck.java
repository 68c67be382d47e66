import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a written assignment against its written instance, independently of the solver: every proposal has k
 * reviewers, no reviewer is above the maximum, no pair is missing from the instance (a conflict), and the total
 * equals the optimum that Google OR-Tools' minimum-cost flow finds on the same file (affinities read back from the
 * text, in millionths). Run by bench/assignment.sh --check.
 */
public class AssignmentCheck {

	public static void main(String[] arguments) throws IOException {
		Path instance = Path.of(arguments[0]);
		Path result = Path.of(arguments[1]);
		int k;
		int maxLoad;
		Map<Long, Long> affinity = new HashMap<>();
		int proposals = 0;
		int reviewers = 0;
		try (BufferedReader reader = Files.newBufferedReader(instance)) {
			String first = reader.readLine();
			k = Integer.parseInt(first.replaceAll(".*k=(\\d+).*", "$1"));
			maxLoad = Integer.parseInt(first.replaceAll(".*max_load=(\\d+).*", "$1"));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",");
				int proposal = Integer.parseInt(cells[0]);
				int reviewer = Integer.parseInt(cells[1]);
				long micros = new BigDecimal(cells[2]).movePointRight(6).longValueExact();
				affinity.put(((long) proposal << 32) | reviewer, micros);
				proposals = Math.max(proposals, proposal + 1);
				reviewers = Math.max(reviewers, reviewer + 1);
			}
		}
		long total = 0;
		int[] count = new int[proposals];
		int[] load = new int[reviewers];
		try (BufferedReader reader = Files.newBufferedReader(result)) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",");
				int proposal = Integer.parseInt(cells[0]);
				int reviewer = Integer.parseInt(cells[1]);
				Long micros = affinity.get(((long) proposal << 32) | reviewer);
				if (micros == null) {
					throw new IllegalStateException("Assigned a pair in conflict: " + line);
				}
				total += micros;
				count[proposal]++;
				load[reviewer]++;
			}
		}
		for (int proposal = 0; proposal < proposals; proposal++) {
			if (count[proposal] != k) {
				throw new IllegalStateException("Proposal " + proposal + " has " + count[proposal] + " reviewers");
			}
		}
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			if (load[reviewer] > maxLoad) {
				throw new IllegalStateException("Reviewer " + reviewer + " has " + load[reviewer] + " proposals");
			}
		}

		Loader.loadNativeLibraries();
		int proposalNodes = proposals;
		MinCostFlow flow = new MinCostFlow();
		int source = proposals + reviewers;
		int sink = source + 1;
		for (int proposal = 0; proposal < proposals; proposal++) {
			flow.addArcWithCapacityAndUnitCost(source, proposal, k, 0);
		}
		for (int reviewer = 0; reviewer < reviewers; reviewer++) {
			flow.addArcWithCapacityAndUnitCost(proposals + reviewer, sink, maxLoad, 0);
		}
		affinity.forEach((pair, micros) -> flow.addArcWithCapacityAndUnitCost((int) (pair >>> 32),
				proposalNodes + (int) (pair & 0xffffffffL), 1, -micros));
		flow.setNodeSupply(source, (long) proposals * k);
		flow.setNodeSupply(sink, -(long) proposals * k);
		long started = System.nanoTime();
		MinCostFlowBase.Status status = flow.solve();
		double seconds = (System.nanoTime() - started) / 1e9;
		if (status != MinCostFlowBase.Status.OPTIMAL) {
			throw new IllegalStateException("OR-Tools: " + status);
		}
		long optimum = -flow.getOptimalCost();
		System.out.printf("check: k, loads and conflicts kept; total %d millionths, OR-Tools' optimum %d (solved in "
				+ "%.3f s): %s%n", total, optimum, seconds, total == optimum ? "equal" : "DIFFERENT");
		if (total != optimum) {
			System.exit(1);
		}
	}
}
