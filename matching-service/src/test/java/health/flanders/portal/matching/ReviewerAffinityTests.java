package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;

class ReviewerAffinityTests {

	@Test
	void theShareOfTheExpertiseTheProposalSpeaksOfWithRareWordsWeighingMore() {
		try (RegistryIndex index = new RegistryIndex()) {
			index.put(List.of(profile(1, "clinical data platform"), profile(2, "clinical data registry"),
					profile(3, "intestinal organoids")));
			ReviewerAffinity affinity = new ReviewerAffinity(index);
			String proposal = "Patient-derived organoids predict the response to drugs; we share the data.";

			double organoids = affinity.of(List.of("organoids", "drug screening"), proposal);
			double data = affinity.of(List.of("clinical data"), proposal);

			assertThat(affinity.of(List.of("organoids"), proposal)).isCloseTo(1.0, within(1e-9));
			assertThat(affinity.of(List.of("cardiology"), proposal)).isZero();
			assertThat(affinity.of(List.of(), proposal)).isZero();
			assertThat(organoids).isBetween(0.0, 1.0).isGreaterThan(data);
		}
	}

	private static RegistryEntry profile(long id, String description) {
		return new RegistryEntry(id, "Org " + id, OrganisationType.ENTERPRISE, Region.FLEMISH_REGION, null, List.of(),
				List.of(), List.of(), description, "");
	}
}
