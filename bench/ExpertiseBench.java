import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.expertise.ExpertiseDataset;
import health.flanders.portal.matching.expertise.KendallTauLoss;
import health.flanders.portal.matching.expertise.ProposalText;
import health.flanders.portal.matching.expertise.ReviewerExpertise;
import health.flanders.portal.matching.expertise.ReviewerExpertise.Affinity;

/**
 * The evaluation harness of issue 20: reads a dataset in the OpenReview expertise format, computes every reviewer's
 * affinity to every submission with the portal's own classes (ReviewerExpertise on the shipped model, offline) and
 * writes them as {"reviewer": {"submission": score}}. Prints the time of each step, wall clock and the process's CPU
 * time (this machine's two cores are shared), and the weighted Kendall-tau loss when the dataset has grades.json.
 * Every step spreads its work over one thread per core: the texts of a batch (TextEmbedder on the pool, each distinct
 * text embedded once) and the submissions' affinities (ReviewerExpertise is read-only once built).
 *   java -cp <classpath> bench/ExpertiseBench.java DATASET_DIR OUT.json
 */
public class ExpertiseBench {

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		ExpertiseDataset set = ExpertiseDataset.read(Path.of(args[0]));
		int publications = set.reviewers().stream().mapToInt(reviewer -> reviewer.publications().size()).sum();
		System.out.printf("Read %d reviewers with %d publications and %d submissions in %d ms%n", set.reviewers().size(),
				publications, set.submissions().size(), millis(started));

		int threads = Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long step = System.nanoTime();
		long cpu = cpu();
		TextEmbedder embedder = new TextEmbedder(pool);
		embedder.embed("The model is read from its jar once.");
		System.out.printf("Model loaded in %d ms (CPU %d ms)%n", millis(step), (cpu() - cpu) / 1_000_000);

		step = System.nanoTime();
		cpu = cpu();
		try (ReviewerExpertise expertise = new ReviewerExpertise(set.reviewers(), embedder, Clock.systemUTC())) {
			report("Publications embedded and indexed", publications, step, cpu);

			step = System.nanoTime();
			cpu = cpu();
			List<String> ids = new ArrayList<>(set.submissions().keySet());
			List<float[]> vectors = embedder.embedAll(ids.stream().map(id -> set.submissions().get(id).text()).toList());
			report("Submissions embedded", ids.size(), step, cpu);

			step = System.nanoTime();
			cpu = cpu();
			List<Future<Map<String, Affinity>>> scored = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				ProposalText submission = set.submissions().get(ids.get(i));
				float[] vector = vectors.get(i);
				scored.add(pool.submit(() -> expertise.affinities(submission, vector)));
			}
			Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
			set.reviewers().forEach(reviewer -> scores.put(reviewer.reviewerId(), new LinkedHashMap<>()));
			for (int i = 0; i < ids.size(); i++) {
				String id = ids.get(i);
				scored.get(i).get().forEach((reviewer, affinity) -> scores.get(reviewer).put(id, affinity.score()));
			}
			report("Affinities scored (BM25 and cosines, submissions spread over the threads)", ids.size(), step, cpu);
			ExpertiseDataset.write(scores, Path.of(args[1]));
			if (!set.grades().isEmpty()) {
				System.out.printf("Weighted Kendall-tau loss against grades.json: %.4f%n",
						KendallTauLoss.of(set.grades(), scores));
			}
		}
		finally {
			pool.shutdown();
		}
		System.out.printf("Wrote %s; total %d ms (CPU %d ms)%n", args[1], millis(started), cpu() / 1_000_000);
		System.out.printf("seconds=%.1f%n", millis(started) / 1000.0);
	}

	private static void report(String what, int count, long step, long cpu) {
		long wall = millis(step);
		long used = (cpu() - cpu) / 1_000_000;
		System.out.printf("%s: %d in %d ms, %.1f ms each (CPU %d ms, %.1f ms each)%n", what, count, wall,
				(double) wall / Math.max(1, count), used, (double) used / Math.max(1, count));
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private static long cpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}
}
