package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.expertise.ExpertiseDataset;
import health.flanders.portal.matching.expertise.KendallTauLoss;
import health.flanders.portal.matching.expertise.ReviewerExpertise;
import health.flanders.portal.matching.expertise.ReviewerExpertise.Affinity;
import health.flanders.portal.matching.expertise.ReviewerProfile;

/**
 * Reviewer affinity against people's judgement: the labelled reviewer set under {@code expertise/} (30 reviewers with
 * their publications and typed keywords, 60 proposals, ten graded 1 to 5 for each reviewer) scored by the weighted
 * Kendall-tau loss, for today's keyword affinity, BM25 over the publications alone, their embeddings alone, and the
 * combination the portal uses.
 */
class ReviewerLabelledSetTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

	@Test
	void publicationsReadByWordsAndMeaningOrderTheProposalsCloserToTheGradesThanTypedKeywords() throws URISyntaxException {
		ExpertiseDataset set = ExpertiseDataset.read(
				Path.of(getClass().getClassLoader().getResource("expertise/submissions.json").toURI()).getParent());
		assertThat(set.reviewers()).hasSizeGreaterThanOrEqualTo(30)
			.allSatisfy(reviewer -> assertThat(reviewer.publications()).hasSizeBetween(3, 8));
		assertThat(set.submissions()).hasSize(60);
		assertThat(set.grades()).hasSize(set.reviewers().size())
			.allSatisfy((reviewer, grades) -> assertThat(grades).hasSize(10));

		double keywords;
		try (RegistryIndex registry = new RegistryIndex()) {
			registry.put(LabelledSet.load().organisations.values());
			ReviewerAffinity affinity = new ReviewerAffinity(registry);
			Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
			for (ReviewerProfile reviewer : set.reviewers()) {
				Map<String, Double> own = scores.computeIfAbsent(reviewer.reviewerId(), id -> new LinkedHashMap<>());
				set.grades().get(reviewer.reviewerId()).keySet().forEach(proposal -> own.put(proposal,
						affinity.of(reviewer.keywords(), set.submissions().get(proposal).text())));
			}
			keywords = KendallTauLoss.of(set.grades(), scores);
		}

		long started = System.nanoTime();
		ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		TextEmbedder embedder = new TextEmbedder(threads);
		Map<String, Map<String, Affinity>> affinities = new LinkedHashMap<>();
		try (ReviewerExpertise expertise = new ReviewerExpertise(set.reviewers(), embedder, CLOCK)) {
			List<String> ids = List.copyOf(set.submissions().keySet());
			List<float[]> vectors = embedder.embedAll(ids.stream().map(id -> set.submissions().get(id).text()).toList());
			for (int i = 0; i < ids.size(); i++) {
				String proposal = ids.get(i);
				expertise.affinities(set.submissions().get(proposal), vectors.get(i))
					.forEach((reviewer, affinity) -> affinities.computeIfAbsent(reviewer, id -> new LinkedHashMap<>())
						.put(proposal, affinity));
			}
		}
		finally {
			threads.shutdown();
		}
		long elapsed = (System.nanoTime() - started) / 1_000_000;
		double lexical = KendallTauLoss.of(set.grades(), part(affinities, Affinity::lexical));
		double meaning = KendallTauLoss.of(set.grades(), part(affinities, Affinity::meaning));
		double combined = KendallTauLoss.of(set.grades(), part(affinities, Affinity::score));

		System.out.printf("Reviewer set, weighted Kendall-tau loss: keywords %.4f, BM25 %.4f, embeddings %.4f, "
				+ "combined %.4f (%d publications and %d proposals read in %d ms)%n", keywords, lexical, meaning, combined,
				set.reviewers().stream().mapToInt(reviewer -> reviewer.publications().size()).sum(),
				set.submissions().size(), elapsed);
		assertThat(combined).isLessThan(keywords).isLessThan(0.22);
		assertThat(combined).isLessThanOrEqualTo(Math.max(lexical, meaning));
	}

	private static Map<String, Map<String, Double>> part(Map<String, Map<String, Affinity>> affinities,
			ToDoubleFunction<Affinity> part) {
		Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
		affinities.forEach((reviewer, own) -> own.forEach((proposal, affinity) -> scores
			.computeIfAbsent(reviewer, id -> new LinkedHashMap<>()).put(proposal, part.applyAsDouble(affinity))));
		return scores;
	}
}
