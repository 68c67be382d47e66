package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.RegistryIndex.WaitingText;
import health.flanders.portal.matching.Suggestion.Kind;
import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.TextEmbedder;

/** Partner suggestions that read the meaning of the texts as well as their words. */
class MeaningMatcherTests {

	private static final TextEmbedder EMBEDDER = new TextEmbedder();

	private static final String PROPOSAL = "Tumour sequencing to choose targeted drugs";

	private final RegistryIndex index = new RegistryIndex();

	private final PartnerMatcher matcher = new PartnerMatcher(index);

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void suggestsAProfileThatSharesNoWordWithTheProposalButItsMeaningAndSaysWhichTextReadsClosest() {
		index.put(List.of(
				enterprise(1, "Onco Omics NV", List.of("precision oncology"), "Cancer genomics for oncologists.",
						"Cancer genomics: whole-exome analysis of malignancies"),
				enterprise(2, "Knee Care BV", List.of("orthopaedics"), "Rehabilitation after knee replacement surgery.",
						"Physiotherapy programmes")));
		understandAll();

		assertThat(new PartnerMatcher(index, 1.0).suggest(MatchRequest.ofText(PROPOSAL, null), 5))
			.as("the words alone find nothing").isEmpty();

		List<Suggestion> suggestions = matcher.suggest(MatchRequest.ofText(PROPOSAL, null).withMeaning(EMBEDDER.embed(PROPOSAL)), 5);

		assertThat(suggestions).extracting(Suggestion::name).first().isEqualTo("Onco Omics NV");
		assertThat(suggestions.get(0).reasons()).extracting(Suggestion.Reason::kind)
			.containsAnyOf(Kind.OFFER_READS_CLOSEST, Kind.DESCRIPTION_READS_CLOSEST);
		assertThat(suggestions.get(0).score()).isGreaterThan(suggestions.get(1).score());
	}

	@Test
	void keepsLeavingOutTheMembersAndTheirGroupAmongTheNeighboursInMeaning() {
		index.put(List.of(
				new RegistryEntry(1, "Onco Omics NV", OrganisationType.ENTERPRISE, Region.FLEMISH_REGION, "Omics Group",
						List.of("cancer genomics"), List.of(), List.of(), "Cancer genomics.", ""),
				new RegistryEntry(2, "Onco Omics Labs BV", OrganisationType.ENTERPRISE, Region.FLEMISH_REGION,
						"omics group", List.of("cancer genomics"), List.of(), List.of(), "Cancer genomics.", ""),
				enterprise(3, "Tumour DNA NV", List.of("oncology"), "Genome analysis of tumours.", "")));
		understandAll();

		List<Suggestion> suggestions = matcher.suggest(new MatchRequest(PROPOSAL, null, Set.of(3L), Set.of("Omics Group"),
				false, 0, EMBEDDER.embed(PROPOSAL)), 5);

		assertThat(suggestions).isEmpty();
	}

	@Test
	void anEditedProfileWaitsForItsNewTextsVectorAndRefusesTheOldOne() {
		RegistryEntry before = enterprise(1, "Onco Omics NV", List.of("oncology"), "Cancer genomics.", "Sequencing");
		index.put(List.of(before));
		List<StoredVector> old = understandAll();
		assertThat(index.understoodCount()).isEqualTo(1);

		RegistryEntry after = enterprise(1, "Onco Omics NV", List.of("oncology"), "Cancer genomics.", "Now bioinformatics");
		index.put(List.of(after));

		assertThat(index.understoodCount()).isZero();
		assertThat(index.notUnderstood(10)).extracting(WaitingText::part).containsExactly(ProfileText.OFFER);
		assertThat(index.understand(old)).as("vectors of the old texts").isZero();
		understandAll();
		assertThat(index.understoodCount()).isEqualTo(1);
	}

	@Test
	void aProfileWithoutAnOfferNeedsOnlyItsDescriptionsVector() {
		index.put(List.of(enterprise(1, "Onco Omics NV", List.of("oncology"), "Cancer genomics.", "")));

		assertThat(index.notUnderstood(10)).extracting(WaitingText::part).containsExactly(ProfileText.DESCRIPTION);
		understandAll();
		assertThat(index.notUnderstood(10)).isEmpty();
	}

	/** Embeds what the index waits for, as the portal's background job does, and returns the vectors given it. */
	private List<StoredVector> understandAll() {
		List<StoredVector> stored = new ArrayList<>();
		List<WaitingText> waiting = index.notUnderstood(100);
		List<float[]> vectors = EMBEDDER.embedAll(waiting.stream().map(WaitingText::text).toList());
		for (int i = 0; i < waiting.size(); i++) {
			stored.add(new StoredVector(waiting.get(i).part().subject(), waiting.get(i).organisationId(),
					StoredVector.hash(waiting.get(i).text()), TextEmbedder.MODEL_NAME, vectors.get(i)));
		}
		assertThat(index.understand(stored)).isEqualTo(stored.size());
		return stored;
	}

	private static RegistryEntry enterprise(long id, String name, List<String> expertise, String description,
			String offers) {
		return new RegistryEntry(id, name, OrganisationType.ENTERPRISE, Region.FLEMISH_REGION, null, expertise,
				List.of(), List.of(), description, offers);
	}
}
