package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The matcher against people's judgement: for at least 90% of the labelled proposal texts, the organisation a person
 * would pick first is among the matcher's first three, by the words alone (BM25) and by the words combined with the
 * meaning (the sentence embeddings of the profiles' texts and of the proposal). The figures of the words alone, the
 * meaning alone and the combination are printed (bench/README.md).
 */
class LabelledSetTests {

	private static final LabelledSet SET = LabelledSet.load();

	private static final List<StoredVector> PROFILE_VECTORS = new ArrayList<>();

	private static final List<float[]> PROPOSAL_VECTORS = new ArrayList<>();

	@BeforeAll
	static void embedTheSet() {
		TextEmbedder embedder = new TextEmbedder();
		List<String> texts = new ArrayList<>();
		List<Object[]> owners = new ArrayList<>();
		for (RegistryEntry entry : SET.organisations.values()) {
			for (ProfileText part : ProfileText.values()) {
				if (!part.of(entry).isBlank()) {
					texts.add(part.of(entry));
					owners.add(new Object[] { entry.id(), part });
				}
			}
		}
		List<float[]> vectors = embedder.embedAll(texts);
		for (int i = 0; i < texts.size(); i++) {
			ProfileText part = (ProfileText) owners.get(i)[1];
			PROFILE_VECTORS.add(new StoredVector(part.subject(), (Long) owners.get(i)[0], StoredVector.hash(texts.get(i)),
					TextEmbedder.MODEL_NAME, vectors.get(i)));
		}
		PROPOSAL_VECTORS.addAll(embedder.embedAll(SET.cases.stream().map(LabelledSet.Case::text).toList()));
	}

	@Test
	void ranksThePartnerAPersonWouldPickInTheTopThreeForNineOutOfTenProposalsByTheWordsAlone() {
		Outcome words = measure(1.0);
		System.out.printf("Labelled set, BM25 alone: %s%n", words);
		assertThat(words.hits()).as("top-3 hits; misses: %s", words.misses())
			.isGreaterThanOrEqualTo(ninetyPercent());
	}

	@Test
	void ranksThePartnerAPersonWouldPickInTheTopThreeForNineOutOfTenProposalsByWordsAndMeaning() {
		Outcome meaning = measure(0.0);
		Outcome combined = measure(PartnerMatcher.LEXICAL_SHARE);
		System.out.printf("Labelled set, embeddings alone: %s%n", meaning);
		System.out.printf("Labelled set, combined (words %.2f): %s%n", PartnerMatcher.LEXICAL_SHARE, combined);
		for (double share = 0; share <= 1.0001; share += 0.1) {
			Outcome outcome = measure(share);
			System.out.printf("  words' share %.1f: %d of %d in the top 3, %d first%n", share, outcome.hits(),
					SET.cases.size(), outcome.first());
		}
		assertThat(combined.hits()).as("top-3 hits; misses: %s", combined.misses())
			.isGreaterThanOrEqualTo(ninetyPercent());
		assertThat(combined.hits()).isGreaterThanOrEqualTo(meaning.hits());
	}

	@Test
	void searchingByMeaningOnThreadsOfItsOwnSuggestsTheSameAsOnTheCallersThread() {
		try (RegistryIndex index = new RegistryIndex();
				PartnerMatcher threaded = new PartnerMatcher(index, PartnerMatcher.LEXICAL_SHARE, 2)) {
			index.put(SET.organisations.values());
			index.understand(PROFILE_VECTORS);
			PartnerMatcher inline = new PartnerMatcher(index);
			for (int i = 0; i < SET.cases.size(); i++) {
				LabelledSet.Case labelled = SET.cases.get(i);
				MatchRequest request = new MatchRequest(labelled.text(), labelled.area(), Set.of(1L, 2L), Set.of(),
						true, 3, PROPOSAL_VECTORS.get(i));
				assertThat(threaded.suggest(request, 10)).as(labelled.expected()).isEqualTo(inline.suggest(request, 10));
			}
		}
	}

	private static int ninetyPercent() {
		return (int) Math.ceil(0.9 * SET.cases.size());
	}

	private static Outcome measure(double lexicalShare) {
		assertThat(SET.organisations).hasSize(60);
		assertThat(SET.cases).hasSizeGreaterThanOrEqualTo(30);
		try (RegistryIndex index = new RegistryIndex()) {
			index.put(SET.organisations.values());
			index.understand(PROFILE_VECTORS);
			assertThat(index.understoodCount()).isEqualTo(60);
			PartnerMatcher matcher = new PartnerMatcher(index, lexicalShare);
			List<String> misses = new ArrayList<>();
			int first = 0;
			for (int i = 0; i < SET.cases.size(); i++) {
				LabelledSet.Case labelled = SET.cases.get(i);
				long expected = SET.organisations.get(labelled.expected()).id();
				MatchRequest request = MatchRequest.ofText(labelled.text(), labelled.area())
					.withMeaning(PROPOSAL_VECTORS.get(i));
				List<Suggestion> top = matcher.suggest(request, 3);
				if (!top.isEmpty() && top.get(0).organisationId() == expected) {
					first++;
				}
				if (top.stream().noneMatch(suggestion -> suggestion.organisationId() == expected)) {
					misses.add(labelled.expected() + " not in "
							+ top.stream().map(Suggestion::name).collect(Collectors.joining(", ")));
				}
			}
			return new Outcome(SET.cases.size() - misses.size(), first, misses);
		}
	}

	private record Outcome(int hits, int first, List<String> misses) {

		@Override
		public String toString() {
			return "%d of %d in the top 3 (%.1f%%), %d first; misses: %s".formatted(hits, SET.cases.size(),
					100.0 * hits / SET.cases.size(), first, misses);
		}
	}
}
