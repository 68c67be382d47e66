import health.flanders.portal.review.assignment.Assignment;
import health.flanders.portal.review.assignment.AssignmentProblem;
import health.flanders.portal.review.assignment.ReviewerAssignmentSolver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generates an assignment instance, solves it with the review service's solver, writes the instance and the result
 * under bench/out and prints `seconds=S total=T`. Run by bench/assignment.sh:
 * java -cp review-service/target/classes bench/AssignmentBench.java SEED PROPOSALS REVIEWERS K MAX_LOAD CONFLICTS NAME
 */
public class AssignmentBench {

	public static void main(String[] arguments) throws IOException {
		long seed = Long.parseLong(arguments[0]);
		int proposals = Integer.parseInt(arguments[1]);
		int reviewers = Integer.parseInt(arguments[2]);
		int k = Integer.parseInt(arguments[3]);
		int maxLoad = Integer.parseInt(arguments[4]);
		double conflicts = Double.parseDouble(arguments[5]);
		String name = arguments[6];

		SplittableRandom random = new SplittableRandom(seed);
		int[][] affinity = new int[proposals][reviewers];
		for (int[] row : affinity) {
			for (int reviewer = 0; reviewer < reviewers; reviewer++) {
				row[reviewer] = random.nextDouble() < conflicts ? AssignmentProblem.CONFLICT
						: AssignmentProblem.micros(random.nextDouble());
			}
		}
		int[] loads = new int[reviewers];
		Arrays.fill(loads, maxLoad);

		// Warm the JIT on a small instance of the same shape first: the goal is the solve, not the JVM's start.
		new ReviewerAssignmentSolver().solve(new AssignmentProblem(k, Arrays.copyOf(loads, reviewers / 10),
				Arrays.stream(Arrays.copyOf(affinity, proposals / 10)).map(row -> Arrays.copyOf(row, reviewers / 10))
					.toArray(int[][]::new)));

		long started = System.nanoTime();
		Assignment assignment = new ReviewerAssignmentSolver().solve(new AssignmentProblem(k, loads, affinity));
		double seconds = (System.nanoTime() - started) / 1e9;

		Path out = Path.of("bench", "out");
		Files.createDirectories(out);
		try (BufferedWriter writer = Files.newBufferedWriter(out.resolve(name + "-instance.csv"))) {
			writer.write("# k=" + k + " max_load=" + maxLoad + "\nproposal,reviewer,affinity\n");
			for (int proposal = 0; proposal < proposals; proposal++) {
				for (int reviewer = 0; reviewer < reviewers; reviewer++) {
					int micros = affinity[proposal][reviewer];
					if (micros != AssignmentProblem.CONFLICT) {
						writer.write(proposal + "," + reviewer + "," + Double.toString(AssignmentProblem.affinity(micros)) + "\n");
					}
				}
			}
		}
		try (BufferedWriter writer = Files.newBufferedWriter(out.resolve(name + "-result.csv"))) {
			writer.write("proposal,reviewer\n");
			for (int proposal = 0; proposal < proposals; proposal++) {
				for (int reviewer : assignment.reviewersOf()[proposal]) {
					writer.write(proposal + "," + reviewer + "\n");
				}
			}
		}
		int[] load = assignment.loads(reviewers);
		System.out.printf("%s: %d proposals, %d reviewers, k=%d, at most %d each, %d shortfalls, busiest reviewer %d, "
				+ "heap used %d MB%n", name, proposals, reviewers, k, maxLoad, assignment.shortfalls().size(),
				Arrays.stream(load).max().orElse(0),
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
		System.out.printf("seconds=%.3f total=%s%n", seconds, Double.toString(assignment.total()));
	}
}
