package health.flanders.portal.matching.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.expertise.ReviewerExpertise.Affinity;
import health.flanders.portal.matching.expertise.ReviewerExpertise.Weights;

class ReviewerExpertiseTests {

	private static final TextEmbedder EMBEDDER = new TextEmbedder();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

	private static final ReviewerProfile GENOMICS = new ReviewerProfile("genomics", List.of(
			new Publication("g1", "Cancer genomics of colorectal carcinoma",
					"Somatic mutation profiles of 400 colorectal carcinomas guide targeted treatment.", 2022),
			new Publication("g2", "Plasma DNA after surgery", null, 2019)), List.of("oncology"));

	private static final ReviewerProfile CARDIOLOGY = new ReviewerProfile("cardiology", List.of(
			new Publication("c1", "Atrial fibrillation ablation outcomes",
					"Pulmonary vein isolation in 300 patients with paroxysmal atrial fibrillation.", 2021)), List.of());

	private static final ReviewerProfile KEYWORDS_ONLY = new ReviewerProfile("keywords", List.of(),
			List.of("heart rhythm", "arrhythmia", "wearable ECG"));

	private static final ReviewerProfile NOTHING = new ReviewerProfile("nothing", List.of(), List.of());

	@Test
	void aReviewerOfCancerGenomicsFitsAProposalOnTumourSequencingThoughTheyShareFewWords() {
		try (ReviewerExpertise expertise = new ReviewerExpertise(List.of(GENOMICS, CARDIOLOGY), EMBEDDER, CLOCK)) {
			Map<String, Affinity> affinities = expertise.affinities(
					ProposalText.of("Tumour sequencing to choose drugs", "Next-generation sequencing of bowel tumours."));

			assertThat(affinities.get("genomics").score()).isGreaterThan(affinities.get("cardiology").score());
			assertThat(affinities.get("genomics").meaning()).isGreaterThan(affinities.get("cardiology").meaning());
			assertThat(affinities.get("genomics").closestPublication()).isEqualTo("Cancer genomics of colorectal carcinoma");
			assertThat(affinities.values()).allSatisfy(affinity -> assertThat(affinity.score()).isBetween(0.0, 1.0));
		}
	}

	@Test
	void aReviewerWithoutPublicationsIsReadFromTheirKeywordsAndOneWithNeitherFitsNothing() {
		try (ReviewerExpertise expertise = new ReviewerExpertise(List.of(GENOMICS, KEYWORDS_ONLY, NOTHING), EMBEDDER,
				CLOCK)) {
			Map<String, Affinity> affinities = expertise.affinities(new ProposalText("Smartwatch screening",
					"Detecting arrhythmia with a wearable ECG in older adults.", "Strokes from undetected atrial fibrillation"));

			assertThat(affinities).containsOnlyKeys("genomics", "keywords", "nothing");
			assertThat(affinities.get("keywords").score()).isGreaterThan(affinities.get("genomics").score());
			assertThat(affinities.get("keywords").lexical()).isPositive();
			assertThat(affinities.get("keywords").closestPublication()).isEqualTo("heart rhythm; arrhythmia; wearable ECG");
			assertThat(affinities.get("nothing")).isEqualTo(new Affinity(0, 0, 0, null));
		}
	}

	@Test
	void aPublicationSayingWhatTheProposalSaysScoresTheWholeOfTheWordsReading() {
		ProposalText proposal = ProposalText.of("Atrial fibrillation ablation outcomes",
				"Pulmonary vein isolation in 300 patients with paroxysmal atrial fibrillation.");
		Weights closestOnly = new Weights(1, 0, 0, 10);
		try (ReviewerExpertise expertise = new ReviewerExpertise(List.of(GENOMICS, CARDIOLOGY), EMBEDDER, CLOCK,
				closestOnly)) {
			Map<String, Affinity> affinities = expertise.affinities(proposal);

			assertThat(affinities.get("cardiology").lexical()).isGreaterThan(0.95).isLessThanOrEqualTo(1.0);
			assertThat(affinities.get("cardiology").score()).isEqualTo(affinities.get("cardiology").lexical());
			assertThat(affinities.get("genomics").lexical()).isLessThan(0.1);
		}
	}

	@Test
	void anOlderPublicationCountsLessWhenRecencyWeighs() {
		ReviewerProfile recent = new ReviewerProfile("recent", List.of(new Publication("n", "Gene therapy for muscular dystrophy",
				"Systemic AAV gene transfer in boys with Duchenne muscular dystrophy.", 2025)), List.of());
		ReviewerProfile old = new ReviewerProfile("old", List.of(new Publication("o", "Gene therapy for muscular dystrophy",
				"Systemic AAV gene transfer in boys with Duchenne muscular dystrophy.", 1995)), List.of());
		ProposalText proposal = ProposalText.of("AAV gene therapy in Duchenne", "Immune responses to the vector.");
		try (ReviewerExpertise timeless = new ReviewerExpertise(List.of(recent, old), EMBEDDER, CLOCK, new Weights(0.3, 0, 0, 10));
				ReviewerExpertise fading = new ReviewerExpertise(List.of(recent, old), EMBEDDER, CLOCK, new Weights(0.3, 0, 0.5, 10))) {
			Map<String, Affinity> same = timeless.affinities(proposal);
			Map<String, Affinity> faded = fading.affinities(proposal);

			assertThat(same.get("old").score()).isEqualTo(same.get("recent").score());
			assertThat(faded.get("old").score()).isLessThan(faded.get("recent").score() * 0.6);
		}
	}
}
