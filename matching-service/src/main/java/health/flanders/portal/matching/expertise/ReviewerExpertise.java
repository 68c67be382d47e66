package health.flanders.portal.matching.expertise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

import health.flanders.portal.matching.ProfileAnalyzer;
import health.flanders.portal.matching.ProfileAnalyzer.TermOccurrence;
import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * How well each reviewer could judge a proposal, from 0 to 1, read from the reviewer's publications (their title and
 * abstract) or, for a reviewer without publications, from their keywords. Two readings are combined:
 * <ul>
 * <li>the words (BM25 over the proposal's title, abstract and medical need against each publication, as a share of
 * what a publication saying exactly what the proposal says would score), which rewards the same rare terms;</li>
 * <li>the meaning (the cosine between the proposal's and each publication's sentence embedding), which also finds
 * "tumour sequencing" in a reviewer of "cancer genomics".</li>
 * </ul>
 * Each reading takes the reviewer's closest publication and the mean of all of them; a publication's part fades with
 * its age. The weights ({@link Weights#CHOSEN}) were chosen by the weighted Kendall-tau loss on the labelled reviewer
 * set (bench/README.md). The index and the publications' vectors are made once, when this is built.
 */
public final class ReviewerExpertise implements AutoCloseable {

	/**
	 * How the readings are combined: {@code lexical} is the words' share of the score (the rest is the meaning's),
	 * {@code mean} the share of the mean of all publications against the closest one in each reading, and a
	 * publication's part is {@code 1 - recency + recency * 2^(-age / halfLifeYears)}.
	 */
	public record Weights(double lexical, double mean, double recency, double halfLifeYears) {

		/** The weights chosen from the measurements on the labelled reviewer set. */
		public static final Weights CHOSEN = new Weights(0.3, 0.5, 0.2, 10);

		public Weights {
			if (lexical < 0 || lexical > 1 || mean < 0 || mean > 1 || recency < 0 || recency > 1 || halfLifeYears <= 0) {
				throw new IllegalArgumentException("Weights out of range");
			}
		}
	}

	/**
	 * A reviewer's affinity to a proposal ({@code score}, 0 to 1) and its two readings, with the title of the
	 * reviewer's publication closest in meaning (null for none).
	 */
	public record Affinity(double score, double lexical, double meaning, String closestPublication) {

		static final Affinity NONE = new Affinity(0, 0, 0, null);
	}

	private static final String TEXT = "text";

	private static final String POSITION = "position";

	private final ProfileAnalyzer analyzer = new ProfileAnalyzer();

	private final TextEmbedder embedder;

	private final Weights weights;

	private final List<String> reviewers = new ArrayList<>();

	/** Each indexed text's reviewer (as a position in {@link #reviewers}), title, vector and age in years. */
	private final List<Indexed> indexed = new ArrayList<>();

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	public ReviewerExpertise(Collection<ReviewerProfile> profiles, TextEmbedder embedder, Clock clock) {
		this(profiles, embedder, clock, Weights.CHOSEN);
	}

	public ReviewerExpertise(Collection<ReviewerProfile> profiles, TextEmbedder embedder, Clock clock, Weights weights) {
		this(profiles, Map.of(), embedder, clock, weights);
	}

	/**
	 * The same, with the vectors already computed for some publications (by {@link Publication#id()}), as the portal
	 * stores them; the other texts, such as the keywords of a reviewer without publications, are embedded here.
	 */
	public ReviewerExpertise(Collection<ReviewerProfile> profiles, Map<String, float[]> storedVectors,
			TextEmbedder embedder, Clock clock) {
		this(profiles, storedVectors, embedder, clock, Weights.CHOSEN);
	}

	private ReviewerExpertise(Collection<ReviewerProfile> profiles, Map<String, float[]> storedVectors,
			TextEmbedder embedder, Clock clock, Weights weights) {
		this.embedder = embedder;
		this.weights = weights;
		int thisYear = Year.now(clock).getValue();
		List<String> texts = new ArrayList<>();
		List<Publication> publications = new ArrayList<>();
		List<Integer> owners = new ArrayList<>();
		List<Boolean> stored = new ArrayList<>();
		for (ReviewerProfile profile : profiles) {
			int owner = reviewers.size();
			reviewers.add(profile.reviewerId());
			List<Publication> read = profile.publications();
			boolean keywords = read.isEmpty() && !profile.keywords().isEmpty();
			if (keywords) {
				read = List.of(new Publication("keywords", String.join("; ", profile.keywords()), null, null));
			}
			for (Publication publication : read) {
				publications.add(publication);
				owners.add(owner);
				texts.add(publication.text());
				stored.add(!keywords && storedVectors.containsKey(publication.id()));
			}
		}
		List<String> toEmbed = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			if (!stored.get(i)) {
				toEmbed.add(texts.get(i));
			}
		}
		List<float[]> embedded = embedder.embedAll(toEmbed);
		List<float[]> vectors = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < texts.size(); i++) {
			vectors.add(stored.get(i) ? storedVectors.get(publications.get(i).id()) : embedded.get(next++));
		}
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity()))) {
			for (int i = 0; i < texts.size(); i++) {
				Publication publication = publications.get(i);
				indexed.add(new Indexed(owners.get(i), publication.title(), vectors.get(i),
						publication.year() == null ? null : Math.max(0, thisYear - publication.year())));
				Document document = new Document();
				document.add(new NumericDocValuesField(POSITION, i));
				document.add(new TextField(TEXT, texts.get(i), Field.Store.NO));
				writer.addDocument(document);
			}
			writer.commit();
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(reader);
		this.searcher.setSimilarity(new BM25Similarity());
	}

	/** Every reviewer's affinity to the proposal, in the order the profiles were given. */
	public Map<String, Affinity> affinities(ProposalText proposal) {
		return affinities(proposal, embedder.embed(proposal.text()));
	}

	/** The same, with the proposal's vector already computed (as when it was stored with the proposal's text). */
	public Map<String, Affinity> affinities(ProposalText proposal, float[] proposalVector) {
		return affinities(proposal, proposalVector, weights);
	}

	/** The same with other weights, to measure them. */
	Map<String, Affinity> affinities(ProposalText proposal, float[] proposalVector, Weights weights) {
		double[] lexical = lexical(proposal.text());
		int count = reviewers.size();
		double[] lexicalBest = new double[count];
		double[] lexicalSum = new double[count];
		double[] meaningBest = new double[count];
		double[] meaningSum = new double[count];
		double[] weightSum = new double[count];
		int[] closest = new int[count];
		Arrays.fill(closest, -1);
		Arrays.fill(meaningBest, Double.NEGATIVE_INFINITY);
		for (int i = 0; i < indexed.size(); i++) {
			Indexed text = indexed.get(i);
			int owner = text.owner();
			double weight = recencyWeight(text.age(), weights);
			double cosine = TextEmbedder.cosine(proposalVector, text.vector()) * weight;
			double words = lexical[i] * weight;
			lexicalBest[owner] = Math.max(lexicalBest[owner], words);
			lexicalSum[owner] += words;
			if (cosine > meaningBest[owner]) {
				meaningBest[owner] = cosine;
				closest[owner] = i;
			}
			meaningSum[owner] += cosine;
			weightSum[owner] += 1;
		}
		Map<String, Affinity> affinities = new LinkedHashMap<>();
		for (int owner = 0; owner < count; owner++) {
			if (weightSum[owner] == 0) {
				affinities.put(reviewers.get(owner), Affinity.NONE);
				continue;
			}
			double words = mix(lexicalBest[owner], lexicalSum[owner] / weightSum[owner], weights);
			double meaning = Math.max(0, mix(meaningBest[owner], meaningSum[owner] / weightSum[owner], weights));
			double score = weights.lexical() * words + (1 - weights.lexical()) * meaning;
			affinities.put(reviewers.get(owner), new Affinity(Math.min(1, score), words, meaning,
					indexed.get(closest[owner]).title()));
		}
		return affinities;
	}

	private static double mix(double best, double mean, Weights weights) {
		return (1 - weights.mean()) * best + weights.mean() * mean;
	}

	/**
	 * Each indexed text's BM25 score for the proposal's terms (each weighed by how often the proposal says it), as a
	 * share of the score of a text that is the proposal itself: 1 at most, comparable between proposals of different
	 * lengths.
	 */
	private double[] lexical(String text) {
		double[] scores = new double[indexed.size()];
		Map<String, TermOccurrence> terms = analyzer.terms(text);
		if (terms.isEmpty() || indexed.isEmpty()) {
			return scores;
		}
		try {
			BooleanQuery.Builder query = new BooleanQuery.Builder();
			double documents = reader.numDocs();
			long totalTerms = reader.getSumTotalTermFreq(TEXT);
			double averageLength = totalTerms / Math.max(1.0, reader.getDocCount(TEXT));
			double proposalLength = terms.values().stream().mapToInt(TermOccurrence::count).sum();
			BM25Similarity similarity = new BM25Similarity();
			double k1 = similarity.getK1();
			double b = similarity.getB();
			double itself = 0;
			int clauses = 0;
			for (Map.Entry<String, TermOccurrence> term : terms.entrySet()) {
				int frequency = reader.docFreq(new Term(TEXT, term.getKey()));
				if (frequency == 0 || clauses == IndexSearcher.getMaxClauseCount()) {
					continue;
				}
				float boost = (float) (1 + Math.log(term.getValue().count()));
				query.add(new BoostQuery(new TermQuery(new Term(TEXT, term.getKey())), boost), Occur.SHOULD);
				clauses++;
				double idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
				double tf = term.getValue().count();
				itself += boost * idf * tf / (tf + k1 * (1 - b + b * proposalLength / averageLength));
			}
			if (clauses == 0) {
				return scores;
			}
			ScoreDoc[] hits = searcher.search(query.build(), indexed.size()).scoreDocs;
			List<LeafReaderContext> leaves = reader.leaves();
			for (ScoreDoc hit : hits) {
				LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
				NumericDocValues positions = leaf.reader().getNumericDocValues(POSITION);
				if (positions.advanceExact(hit.doc - leaf.docBase)) {
					scores[(int) positions.longValue()] = Math.min(1, hit.score / itself);
				}
			}
			return scores;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double recencyWeight(Integer age, Weights weights) {
		if (age == null) {
			return 1;
		}
		return 1 - weights.recency() + weights.recency() * Math.pow(2, -age.doubleValue() / weights.halfLifeYears());
	}

	@Override
	public void close() {
		try {
			reader.close();
			directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Indexed(int owner, String title, float[] vector, Integer age) {
	}
}
