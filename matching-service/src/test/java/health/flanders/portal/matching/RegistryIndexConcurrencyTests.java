package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.RegistryIndex.WaitingText;
import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The two writers of a profile's document in the live index at once, as in the portal: the registry feed putting new
 * and edited profiles (and handing over the vectors it reads from PostgreSQL), and the background thread embedding
 * what the index waits for and handing over its own vectors. Neither may lose the other's work: at the end every
 * profile's document holds the vectors of its current texts and nothing waits. The documents' vectors are read from
 * Lucene itself, not found by a nearest-neighbour search: HNSW is approximate and, on these random vectors, now and
 * then misses a document that holds exactly the vector searched for.
 */
class RegistryIndexConcurrencyTests {

	private static final int PROFILES = 400;

	@Test
	void theFeedAndTheEmbeddingThreadNeverOverwriteEachOthersDocument() throws Exception {
		try (RegistryIndex index = new RegistryIndex()) {
			// PostgreSQL's text_vectors: what the embedding thread stores, read back by the feed.
			ConcurrentLinkedQueue<StoredVector> stored = new ConcurrentLinkedQueue<>();
			Map<Long, RegistryEntry> current = new ConcurrentHashMap<>();
			AtomicBoolean fed = new AtomicBoolean();
			ExecutorService threads = Executors.newFixedThreadPool(2);
			try {
				Future<?> feed = threads.submit(() -> {
					Random random = new Random(20);
					List<StoredVector> read = new ArrayList<>();
					for (int from = 0; from < PROFILES; from += 8) {
						List<RegistryEntry> batch = new ArrayList<>();
						for (long id = from; id < from + 8; id++) {
							batch.add(profile(id, "offer " + id));
						}
						// An earlier profile edited, and others read again past the horizon with the same texts.
						long edited = random.nextInt(from + 8);
						batch.add(profile(edited, "edited offer " + edited + " at " + from));
						batch.add(current.getOrDefault((long) random.nextInt(from + 8), batch.get(0)));
						batch.forEach(entry -> current.put(entry.id(), entry));
						index.put(batch);
						// What the other instances' embedding stored since the last call, as RegistryFeed hands it on.
						read.clear();
						for (StoredVector vector; (vector = stored.poll()) != null;) {
							read.add(vector);
						}
						index.understand(read);
					}
					fed.set(true);
				});
				Future<?> embedding = threads.submit(() -> {
					while (!fed.get() || !index.notUnderstood(1).isEmpty()) {
						List<WaitingText> waiting = index.notUnderstood(32);
						if (waiting.isEmpty()) {
							Thread.onSpinWait();
							continue;
						}
						List<StoredVector> batch = waiting.stream()
							.map(text -> new StoredVector(text.part().subject(), text.organisationId(),
									StoredVector.hash(text.text()), TextEmbedder.MODEL_NAME, TestVectors.of(text.text())))
							.toList();
						stored.addAll(batch);
						index.understand(batch);
					}
				});
				feed.get(60, TimeUnit.SECONDS);
				embedding.get(60, TimeUnit.SECONDS);
			}
			finally {
				threads.shutdownNow();
			}

			assertThat(index.notUnderstood(1)).isEmpty();
			assertThat(index.understanding()).isEqualTo(new RegistryIndex.Understanding(PROFILES, PROFILES));
			Map<ProfileText, Map<Long, float[]>> documents = documentVectors(index);
			for (RegistryEntry entry : current.values()) {
				for (ProfileText part : ProfileText.values()) {
					float[] vector = TestVectors.of(part.of(entry));
					assertThat(index.vector(entry.id(), part)).as("the %s vector of %s", part, entry.name())
						.isEqualTo(vector);
					assertThat(documents.get(part).get(entry.id()))
						.as("the %s vector in the document of %s", part, entry.name())
						.isEqualTo(vector);
				}
			}
			assertThat(documents.get(ProfileText.OFFER)).as("one live document a profile").hasSize(PROFILES);
		}
	}

	/** The vectors that the index's live documents hold, by part and organisation id, read from Lucene itself. */
	private static Map<ProfileText, Map<Long, float[]>> documentVectors(RegistryIndex index) throws IOException {
		Map<ProfileText, Map<Long, float[]>> documents = new EnumMap<>(ProfileText.class);
		IndexSearcher searcher = index.acquire();
		try {
			for (ProfileText part : ProfileText.values()) {
				Map<Long, float[]> vectors = new HashMap<>();
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					Bits live = leaf.reader().getLiveDocs();
					NumericDocValues ids = DocValues.getNumeric(leaf.reader(), RegistryIndex.ID);
					FloatVectorValues values = leaf.reader().getFloatVectorValues(part.field());
					if (values == null) {
						continue;
					}
					for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
						if (live == null || live.get(doc)) {
							assertThat(ids.advanceExact(doc)).isTrue();
							assertThat(vectors.put(ids.longValue(), values.vectorValue().clone())).isNull();
						}
					}
				}
				documents.put(part, vectors);
			}
		}
		finally {
			index.release(searcher);
		}
		return documents;
	}

	private static RegistryEntry profile(long id, String offer) {
		return new RegistryEntry(id, "Profile " + id + " NV", OrganisationType.ENTERPRISE, Region.FLEMISH_REGION, null,
				List.of("keyword " + id), List.of(), List.of(), "Description of profile " + id, offer);
	}
}
