package health.flanders.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the registry's active organisations, scored with BM25. PostgreSQL stays the source of
 * truth: {@link RegistryFeed} fills the index from it and keeps it in step; a new instance rebuilds it at start.
 */
public final class RegistryIndex implements AutoCloseable {

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

	private final ProfileAnalyzer analyzer = new ProfileAnalyzer();

	private final Map<Long, RegistryEntry> entries = new ConcurrentHashMap<>();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	public RegistryIndex() {
		try {
			IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity())
				.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(new ByteBuffersDirectory(), config);
			this.searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds these organisations, or replaces what the index held of them, and makes them searchable. */
	public void put(Collection<RegistryEntry> changed) {
		try {
			for (RegistryEntry entry : changed) {
				writer.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry));
				entries.put(entry.id(), entry);
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Leaves these organisations out from now on (deactivated ones). */
	public void remove(Collection<Long> ids) {
		try {
			for (Long id : ids) {
				writer.deleteDocuments(new Term(ID, Long.toString(id)));
				entries.remove(id);
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

	/** The organisation ids of these hits, read from the ids' doc values, segment by segment. */
	static long[] ids(IndexSearcher searcher, ScoreDoc[] hits) {
		long[] ids = new long[hits.length];
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		try {
			for (int i = 0; i < hits.length; i++) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
				NumericDocValues values = DocValues.getNumeric(leaf.reader(), ID);
				if (!values.advanceExact(hits[i].doc - leaf.docBase)) {
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

	private static Document document(RegistryEntry entry) {
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
		return document;
	}

	@Override
	public void close() {
		try {
			searchers.close();
			writer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
