package health.flanders.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import health.flanders.portal.matching.embedding.StoredVector;

/**
 * An in-memory Lucene index of the registry's active organisations, scored with BM25, with the vectors of each
 * profile's texts ({@link ProfileText}) in HNSW vector fields for their nearest neighbours in meaning. PostgreSQL stays
 * the source of truth: {@link RegistryFeed} fills the index from it and keeps it in step, stored vectors included; a
 * new instance rebuilds it at start. A vector is taken only while it is of the profile's current text; the profiles
 * whose texts have no such vector yet are {@link #notUnderstood(int) waiting} to be embedded.
 */
public final class RegistryIndex implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

	static final String ID = "id";

	static final String TYPE = "type";

	static final String REGION = "region";

	static final String GROUP = "group";

	static final String AREA = "area";

	/**
	 * The profile's words: its expertise keywords and technologies twice, so that they weigh double, then its name,
	 * description and offer. One field instead of one for the keywords and one for the rest halves the clauses of a
	 * suggestion's query, which is what its time goes to.
	 */
	static final String TEXT = "text";

	/** How many documents written make a merge into one segment worth it once the registry is settled. */
	static final int MERGE_AFTER_WRITES = 1_000;

	private final ProfileAnalyzer analyzer = new ProfileAnalyzer();

	private final Map<Long, RegistryEntry> entries = new ConcurrentHashMap<>();

	/** Each profile's texts' hashes and, once known, their vectors. */
	private final Map<Long, Meaning> meanings = new ConcurrentHashMap<>();

	/** The profiles of which some text has no vector of its current words yet. */
	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * Documents written since the index was last merged into one segment. Each profile whose vectors arrive is written
	 * again, and each batch made searchable at once becomes a small segment of its own: 50,000 profiles embedded from
	 * scratch left 52 segments, and every search (BM25 and each HNSW graph) runs once per segment.
	 */
	private int writtenSinceMerge;

	public RegistryIndex() {
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
				.setRAMBufferSizeMB(64)
				.setMergeScheduler(new Merges());
			this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds these organisations, or replaces what the index held of them, and makes them searchable. */
	public synchronized void put(Collection<RegistryEntry> changed) {
		try {
			for (RegistryEntry entry : changed) {
				Meaning meaning = Meaning.of(entry, meanings.get(entry.id()));
				meanings.put(entry.id(), meaning);
				entries.put(entry.id(), entry);
				markWaiting(entry.id(), meaning);
				writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry, meaning));
				writtenSinceMerge++;
			}
			searchers.maybeRefreshBlocking();
			mergeWhenSettled();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Leaves these organisations out from now on (deactivated ones). */
	public synchronized void remove(Collection<Long> ids) {
		try {
			for (Long id : ids) {
				writer.deleteDocuments(new Term(ID, Long.toString(id)));
				entries.remove(id);
				meanings.remove(id);
				waiting.remove(id);
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int size() {
		return entries.size();
	}

	/**
	 * Takes these stored vectors of profiles' texts; one of a text that has changed since, of another model or of an
	 * organisation the index does not hold is left out. Returns how many were taken.
	 */
	public synchronized int understand(Collection<StoredVector> vectors) {
		Map<Long, List<StoredVector>> byOrganisation = new java.util.LinkedHashMap<>();
		vectors.forEach(vector -> byOrganisation.computeIfAbsent(vector.subjectId(), id -> new ArrayList<>()).add(vector));
		int taken = 0;
		try {
			for (Map.Entry<Long, List<StoredVector>> organisation : byOrganisation.entrySet()) {
				RegistryEntry entry = entries.get(organisation.getKey());
				Meaning meaning = entry == null ? null : meanings.get(entry.id());
				if (meaning == null) {
					continue;
				}
				Meaning understood = meaning;
				for (StoredVector vector : organisation.getValue()) {
					ProfileText part = ProfileText.of(vector.subject());
					if (part != null && vector.isOfHash(understood.hash(part)) && !understood.knows(part, vector.vector())) {
						understood = understood.with(part, vector.vector());
						taken++;
					}
				}
				if (understood != meaning) {
					meanings.put(entry.id(), understood);
					markWaiting(entry.id(), understood);
					writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry, understood));
					writtenSinceMerge++;
				}
			}
			if (taken > 0) {
				searchers.maybeRefreshBlocking();
				mergeWhenSettled();
			}
			return taken;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A text of a profile still to be embedded: the organisation, which of its texts, and the text. */
	public record WaitingText(long organisationId, ProfileText part, String text) {
	}

	/** Up to {@code limit} texts of profiles whose meaning the index does not know yet. */
	public List<WaitingText> notUnderstood(int limit) {
		List<WaitingText> texts = new ArrayList<>();
		for (Long id : waiting) {
			RegistryEntry entry = entries.get(id);
			Meaning meaning = meanings.get(id);
			if (entry == null || meaning == null) {
				continue;
			}
			for (ProfileText part : ProfileText.values()) {
				if (meaning.lacks(part) && texts.size() < limit) {
					texts.add(new WaitingText(id, part, part.of(entry)));
				}
			}
			if (texts.size() >= limit) {
				break;
			}
		}
		return texts;
	}

	/** How many of the indexed profiles have every text's meaning known (the rest are waiting). */
	public synchronized int understoodCount() {
		return Math.max(0, entries.size() - waiting.size());
	}

	/** How many profiles have every text's meaning known, of how many indexed. */
	public record Understanding(int understood, int total) {
	}

	/**
	 * Both counts read together, under the lock that {@link #put} and {@link #remove} hold: read one after the other
	 * without it, a profile put between the two reads (counted in the total, not yet among the waiting) could make
	 * the index look complete while it still waits for that profile's vectors.
	 */
	public synchronized Understanding understanding() {
		return new Understanding(Math.max(0, entries.size() - waiting.size()), entries.size());
	}

	/** The vector of a profile's text, or {@code null} while it is not known (or the text is blank). */
	float[] vector(long id, ProfileText part) {
		Meaning meaning = meanings.get(id);
		return meaning == null ? null : meaning.vector(part);
	}

	private void markWaiting(long id, Meaning meaning) {
		if (meaning.complete()) {
			waiting.remove(id);
		}
		else {
			waiting.add(id);
		}
	}

	/**
	 * The organisation ids of these hits, read from the ids' doc values: the hits in the order of their documents, so
	 * that one doc values iterator per segment reads them all (a new iterator per hit cost as much as the search).
	 */
	static long[] ids(IndexSearcher searcher, ScoreDoc[] hits) {
		long[] ids = new long[hits.length];
		Integer[] inDocOrder = new Integer[hits.length];
		Arrays.setAll(inDocOrder, i -> i);
		Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		try {
			LeafReaderContext leaf = null;
			NumericDocValues values = null;
			for (int i : inDocOrder) {
				int doc = hits[i].doc;
				if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
					leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
					values = DocValues.getNumeric(leaf.reader(), ID);
				}
				if (!values.advanceExact(doc - leaf.docBase)) {
					throw new IllegalStateException("A document of the registry index without its id");
				}
				ids[i] = values.longValue();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ids;
	}

	RegistryEntry entry(long id) {
		return entries.get(id);
	}

	ProfileAnalyzer analyzer() {
		return analyzer;
	}

	/**
	 * Once no profile waits for its vectors and many documents were written since the last time, merges the index
	 * into one segment, in Lucene's background merge threads: searches go on meanwhile and read the merged index as
	 * soon as it is done ({@link Merges}). While profiles still wait (the registry being read from scratch) nothing is
	 * merged, as every batch would start the same merge again.
	 */
	private void mergeWhenSettled() throws IOException {
		if (waiting.isEmpty() && writtenSinceMerge >= MERGE_AFTER_WRITES) {
			writtenSinceMerge = 0;
			writer.forceMerge(1, false);
		}
	}

	/**
	 * Lucene's background merges. Once a merge into one segment is done, searches read it from then on (no search
	 * needs to look for it), and the log says so with the time it took.
	 */
	private final class Merges extends ConcurrentMergeScheduler {

		@Override
		protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
			long started = System.nanoTime();
			super.doMerge(source, merge);
			if (merge.getStoreMergeInfo().mergeMaxNumSegments == 1) {
				try {
					searchers.maybeRefresh();
				}
				catch (AlreadyClosedException ex) {
					return;
				}
				log.info("Registry index merged into one segment: {} profiles in {} ms", String.format("%,d", size()),
						String.format("%,d", Duration.ofNanos(System.nanoTime() - started).toMillis()));
			}
		}
	}

	IndexSearcher acquire() {
		try {
			IndexSearcher searcher = searchers.acquire();
			searcher.setSimilarity(new BM25Similarity());
			return searcher;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void release(IndexSearcher searcher) {
		try {
			searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(RegistryEntry entry, Meaning meaning) {
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(entry.id()), Field.Store.NO));
		document.add(new NumericDocValuesField(ID, entry.id()));
		document.add(new StringField(TYPE, entry.type().name(), Field.Store.NO));
		document.add(new StringField(REGION, entry.region().name(), Field.Store.NO));
		if (!entry.groupKey().isEmpty()) {
			document.add(new StringField(GROUP, entry.groupKey(), Field.Store.NO));
		}
		for (String area : entry.therapeuticAreas()) {
			document.add(new StringField(AREA, area, Field.Store.NO));
		}
		String keywords = String.join("\n", entry.keywords());
		document.add(new TextField(TEXT, keywords + "\n" + keywords + "\n" + entry.text(), Field.Store.NO));
		for (ProfileText part : ProfileText.values()) {
			float[] vector = meaning.vector(part);
			if (vector != null) {
				document.add(new KnnFloatVectorField(part.field(), vector, VectorSimilarityFunction.DOT_PRODUCT));
			}
		}
		return document;
	}

	/**
	 * A profile's texts' hashes and their unit vectors, where known. A blank text needs none: its part is complete
	 * without one and no vector of it is searched.
	 */
	private record Meaning(Map<ProfileText, byte[]> hashes, Map<ProfileText, float[]> vectors,
			Set<ProfileText> blank) {

		/** The new texts' hashes, keeping the vectors of the texts that did not change. */
		static Meaning of(RegistryEntry entry, Meaning before) {
			Map<ProfileText, byte[]> hashes = new EnumMap<>(ProfileText.class);
			Map<ProfileText, float[]> vectors = new EnumMap<>(ProfileText.class);
			Set<ProfileText> blank = java.util.EnumSet.noneOf(ProfileText.class);
			for (ProfileText part : ProfileText.values()) {
				String text = part.of(entry);
				byte[] hash = StoredVector.hash(text);
				hashes.put(part, hash);
				if (text.isBlank()) {
					blank.add(part);
				}
				else if (before != null && Arrays.equals(before.hashes.get(part), hash)
						&& before.vectors.containsKey(part)) {
					vectors.put(part, before.vectors.get(part));
				}
			}
			return new Meaning(hashes, vectors, blank);
		}

		Meaning with(ProfileText part, float[] vector) {
			Map<ProfileText, float[]> more = new EnumMap<>(ProfileText.class);
			more.putAll(vectors);
			more.put(part, vector);
			return new Meaning(hashes, more, blank);
		}

		byte[] hash(ProfileText part) {
			return hashes.get(part);
		}

		float[] vector(ProfileText part) {
			return vectors.get(part);
		}

		boolean knows(ProfileText part, float[] vector) {
			return Arrays.equals(vectors.get(part), vector);
		}

		boolean lacks(ProfileText part) {
			return !blank.contains(part) && !vectors.containsKey(part);
		}

		boolean complete() {
			for (ProfileText part : ProfileText.values()) {
				if (lacks(part)) {
					return false;
				}
			}
			return true;
		}
	}

	@Override
	public void close() {
		try {
			searchers.close();
			// The index lives in memory and is rebuilt from PostgreSQL: nothing to commit, and a background merge is
			// stopped rather than waited for.
			writer.rollback();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
