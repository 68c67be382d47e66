package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The registry read from scratch leaves the index in many small segments (each batch of vectors made searchable at
 * once is one); once nothing waits, the index merges itself into one segment in the background, without a profile
 * lost or left twice, while it is searched.
 */
class RegistryIndexMergeTests {

	private static final int PROFILES = 700;

	@Test
	void onceEveryProfileIsUnderstoodTheIndexIsMergedIntoOneSegment() {
		try (RegistryIndex index = new RegistryIndex()) {
			List<RegistryEntry> profiles = new ArrayList<>();
			for (long id = 1; id <= PROFILES; id++) {
				profiles.add(new RegistryEntry(id, "Profile " + id + " NV", OrganisationType.ENTERPRISE,
						Region.FLEMISH_REGION, null, List.of("keyword " + id), List.of(), List.of(),
						"Description of profile " + id, "Offer of profile " + id));
			}
			for (int from = 0; from < PROFILES; from += 20) {
				index.put(profiles.subList(from, Math.min(PROFILES, from + 20)));
			}
			for (int from = 0; from < PROFILES; from += 16) {
				List<StoredVector> batch = new ArrayList<>();
				for (RegistryEntry entry : profiles.subList(from, Math.min(PROFILES, from + 16))) {
					for (ProfileText part : ProfileText.values()) {
						batch.add(new StoredVector(part.subject(), entry.id(), StoredVector.hash(part.of(entry)),
								TextEmbedder.MODEL_NAME, TestVectors.of(part.of(entry))));
					}
				}
				if (from + 16 >= PROFILES) {
					assertThat(segments(index)).as("segments before the last batch").isGreaterThan(5);
				}
				index.understand(batch);
			}
			assertThat(index.understanding().understood()).isEqualTo(PROFILES);

			await("the background merge").atMost(Duration.ofMinutes(1)).until(() -> segments(index) == 1);
			IndexSearcher searcher = index.acquire();
			try {
				IndexReader reader = searcher.getIndexReader();
				assertThat(reader.leaves()).hasSize(1);
				assertThat(reader.numDocs()).isEqualTo(PROFILES);
				assertThat(reader.maxDoc()).as("no deleted document left").isEqualTo(PROFILES);
			}
			finally {
				index.release(searcher);
			}
		}
	}

	private static int segments(RegistryIndex index) {
		IndexSearcher searcher = index.acquire();
		try {
			return searcher.getIndexReader().leaves().size();
		}
		finally {
			index.release(searcher);
		}
	}

}
