package health.flanders.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.VectorUtil;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.ProfileAnalyzer.TermOccurrence;
import health.flanders.portal.matching.Suggestion.Kind;
import health.flanders.portal.matching.Suggestion.Reason;

/**
 * Ranks the registry's organisations for a proposal: BM25 over the proposal's words against each profile's keywords
 * (weighing double) and text, combined, once the proposal's meaning is known, with the cosine between its vector and
 * the profile's text closest to it (the candidates of meaning found as nearest neighbours in the index's HNSW vector
 * fields), a bonus for working in the proposal's disease area and for closing a gap of the
 * consortium (the first RTO; a Flemish enterprise independent of the members while there are too few), leaving out
 * the members and every organisation of a member's group.
 */
public final class PartnerMatcher implements AutoCloseable {

	private static final int CANDIDATES = 100;

	private static final int GAP_CANDIDATES = 10;

	/**
	 * The proposal's most telling words that the query keeps, as in Lucene's "more like this": a whole abstract has a
	 * hundred or more, and the common ones cost the most to score while telling the least.
	 */
	private static final int QUERY_TERMS = 30;

	private static final double AREA_BONUS = 0.15;

	private static final double RTO_BONUS = 0.6;

	private static final double ENTERPRISE_BONUS = 0.4;

	private static final int SHARED_WORDS_SHOWN = 4;

	/**
	 * The share of the words (BM25, as a share of the best candidate's) in a candidate's relevance when the proposal's
	 * meaning is known; the rest is the cosine of the profile's text closest in meaning. Chosen on the labelled partner
	 * set (bench/README.md).
	 */
	public static final double LEXICAL_SHARE = 0.5;

	/** The cosine from which a profile's closest text is named as a reason. */
	private static final double CLOSE_IN_MEANING = 0.45;

	private static final int EXCERPT_LENGTH = 120;

	private final RegistryIndex index;

	private final double lexicalShare;

	/** The threads that search by meaning beside the caller's search by words; {@code null}: the caller does all. */
	private final ExecutorService meaningSearches;

	public PartnerMatcher(RegistryIndex index) {
		this(index, LEXICAL_SHARE, 0);
	}

	/** A matcher that gives the words this share of the relevance (1: the words alone; 0: the meaning alone). */
	public PartnerMatcher(RegistryIndex index, double lexicalShare) {
		this(index, lexicalShare, 0);
	}

	/**
	 * A matcher whose searches by meaning (one per profile text) run on {@code searchThreads} threads of its own while
	 * the caller searches by words, so that a suggestion takes about as long as its longest search rather than all of
	 * them together (0: every search on the caller's thread). Close it to stop the threads.
	 */
	public PartnerMatcher(RegistryIndex index, double lexicalShare, int searchThreads) {
		if (lexicalShare < 0 || lexicalShare > 1) {
			throw new IllegalArgumentException("The words' share is between 0 and 1");
		}
		this.index = index;
		this.lexicalShare = lexicalShare;
		this.meaningSearches = searchThreads == 0 ? null : Executors.newFixedThreadPool(searchThreads, task -> {
			Thread thread = new Thread(task, "meaning-search");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The best {@code limit} organisations for the proposal, best first. */
	public List<Suggestion> suggest(MatchRequest request, int limit) {
		Map<String, TermOccurrence> terms = index.analyzer().terms(request.text());
		IndexSearcher searcher = index.acquire();
		try {
			TermLookup lookup = TermLookup.of(searcher, RegistryIndex.TEXT, terms.keySet());
			Map<String, TermOccurrence> telling = telling(searcher, lookup, terms);
			boolean readsWords = terms.isEmpty() || !telling.isEmpty();
			boolean readsMeaning = request.meaning() != null && lexicalShare < 1;
			if (!readsWords && !readsMeaning) {
				return List.of();
			}
			Query words = readsWords ? words(telling, lookup) : null;
			Map<Long, Float> relevance = new HashMap<>();
			Set<Long> candidates = new HashSet<>();
			gather(searcher, words, request, null, CANDIDATES, relevance, candidates);
			// The best candidates of all hold the best of each kind in the same order: a gap's own search is needed
			// only when they hold fewer of that kind than the gap's share of candidates.
			if (request.needsRto() && count(candidates, PartnerMatcher::isRto) < GAP_CANDIDATES) {
				gather(searcher, words, request, new TermQuery(new Term(RegistryIndex.TYPE, OrganisationType.RTO.name())),
						GAP_CANDIDATES, relevance, candidates);
			}
			if (request.enterprisesMissing() > 0 && count(candidates, PartnerMatcher::isFlemishEnterprise) < GAP_CANDIDATES) {
				Query flemishEnterprise = new BooleanQuery.Builder()
					.add(new TermQuery(new Term(RegistryIndex.TYPE, OrganisationType.ENTERPRISE.name())), Occur.FILTER)
					.add(new TermQuery(new Term(RegistryIndex.REGION, Region.FLEMISH_REGION.name())), Occur.FILTER)
					.build();
				gather(searcher, words, request, flemishEnterprise, GAP_CANDIDATES, relevance, candidates);
			}
			float best = relevance.values().stream().max(Float::compare).orElse(0f);
			List<Scored> scored = new ArrayList<>();
			for (long id : candidates) {
				RegistryEntry entry = index.entry(id);
				if (entry == null) {
					continue;
				}
				double lexical = best == 0 ? 0 : relevance.getOrDefault(id, 0f) / best;
				Closest closest = readsMeaning ? closest(entry, request.meaning()) : Closest.NONE;
				double combined = readsMeaning
						? lexicalShare * lexical + (1 - lexicalShare) * Math.max(0, closest.cosine()) : lexical;
				scored.add(new Scored(entry, score(entry, combined, request), closest));
			}
			scored.sort(Comparator.comparingDouble(Scored::score).reversed()
				.thenComparing(candidate -> candidate.entry().name()));
			return scored.stream()
				.limit(limit)
				.map(candidate -> new Suggestion(candidate.entry().id(), candidate.entry().name(),
						candidate.entry().type(), candidate.entry().region(), candidate.score(),
						reasons(lookup, candidate, terms, request)))
				.toList();
		}
		finally {
			index.release(searcher);
		}
	}

	/**
	 * The best {@code count} candidates of a kind ({@code filter}; {@code null} for any) by the words (their BM25
	 * score kept) and by meaning: the nearest neighbours of the proposal's vector among each of the profiles' texts,
	 * searched beside the words where the matcher has threads for it.
	 */
	private void gather(IndexSearcher searcher, Query words, MatchRequest request, Query filter, int count,
			Map<Long, Float> relevance, Set<Long> candidates) {
		List<CompletableFuture<long[]>> nearest = new ArrayList<>();
		if (request.meaning() != null && lexicalShare < 1) {
			// Without anything to leave out, no filter: a filter is first collected over the whole index.
			boolean everyone = filter == null && request.memberIds().isEmpty() && request.memberGroups().isEmpty();
			Query allowed = everyone ? null : candidates(new MatchAllDocsQuery(), request, filter);
			for (ProfileText part : ProfileText.values()) {
				Supplier<long[]> search = () -> nearest(searcher, part, request.meaning(), count, allowed);
				nearest.add(meaningSearches == null ? CompletableFuture.completedFuture(search.get())
						: CompletableFuture.supplyAsync(search, meaningSearches));
			}
		}
		try {
			if (words != null) {
				collect(searcher, candidates(words, request, filter), count, relevance);
				candidates.addAll(relevance.keySet());
			}
		}
		finally {
			// Even when the words failed: the searcher is released only once no search reads it.
			CompletableFuture.allOf(nearest.toArray(CompletableFuture[]::new)).handle((done, failure) -> done).join();
		}
		for (CompletableFuture<long[]> ids : nearest) {
			for (long id : ids.join()) {
				candidates.add(id);
			}
		}
	}

	/** The organisations whose text of this part is nearest in meaning, nearest first. */
	private static long[] nearest(IndexSearcher searcher, ProfileText part, float[] meaning, int count, Query allowed) {
		try {
			ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery(part.field(), meaning, count, allowed), count).scoreDocs;
			return RegistryIndex.ids(searcher, hits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The profile's text closest in meaning to the proposal, and its cosine (0 and none while none is known). The
	 * vectors are of unit length (as the index's dot-product similarity requires), so the cosine is their dot product.
	 */
	private Closest closest(RegistryEntry entry, float[] proposal) {
		Closest closest = Closest.NONE;
		for (ProfileText part : ProfileText.values()) {
			float[] vector = index.vector(entry.id(), part);
			if (vector != null) {
				double cosine = VectorUtil.dotProduct(proposal, vector);
				if (closest.part() == null || cosine > closest.cosine()) {
					closest = new Closest(part, cosine);
				}
			}
		}
		return closest;
	}

	/** The terms that tell most about the text: frequent in it, rare in the registry (tf times idf). */
	private static Map<String, TermOccurrence> telling(IndexSearcher searcher, TermLookup lookup,
			Map<String, TermOccurrence> terms) {
		int documents = Math.max(searcher.getIndexReader().numDocs(), 1);
		Map<String, Float> weights = new HashMap<>();
		terms.forEach((term, occurrence) -> {
			int frequency = lookup.documentFrequency(term);
			if (frequency > 0) {
				double idf = Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
				weights.put(term, (float) ((1 + Math.log(occurrence.count())) * idf));
			}
		});
		return weights.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(QUERY_TERMS)
			.collect(Collectors.toMap(Map.Entry::getKey, term -> terms.get(term.getKey())));
	}

	private static Query words(Map<String, TermOccurrence> terms, TermLookup lookup) {
		if (terms.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.entrySet().forEach(term -> {
			float weight = (float) (1 + Math.log(term.getValue().count()));
			query.add(new BoostQuery(lookup.query(term.getKey()), weight), Occur.SHOULD);
		});
		return query.build();
	}

	private static Query candidates(Query words, MatchRequest request, Query filter) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
		if (filter != null) {
			query.add(filter, Occur.FILTER);
		}
		request.memberIds()
			.forEach(id -> query.add(new TermQuery(new Term(RegistryIndex.ID, Long.toString(id))), Occur.MUST_NOT));
		request.memberGroups()
			.forEach(group -> query.add(new TermQuery(new Term(RegistryIndex.GROUP, group)), Occur.MUST_NOT));
		return query.build();
	}

	/**
	 * The best {@code count} by BM25, their scores kept. Counting no more hits than it keeps lets Lucene skip the
	 * documents that cannot enter the best {@code count} from the first ones on (by default it counts a thousand
	 * first).
	 */
	private static void collect(IndexSearcher searcher, Query query, int count, Map<Long, Float> relevance) {
		try {
			ScoreDoc[] hits = searcher.search(query, new TopScoreDocCollectorManager(count, null, count, false)).scoreDocs;
			long[] ids = RegistryIndex.ids(searcher, hits);
			for (int i = 0; i < hits.length; i++) {
				relevance.merge(ids[i], hits[i].score, Math::max);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long count(Set<Long> candidates, Predicate<RegistryEntry> kind) {
		return candidates.stream().map(index::entry).filter(entry -> entry != null && kind.test(entry)).count();
	}

	private static boolean isRto(RegistryEntry entry) {
		return entry.type() == OrganisationType.RTO;
	}

	private static boolean isFlemishEnterprise(RegistryEntry entry) {
		return entry.type() == OrganisationType.ENTERPRISE && entry.region() == Region.FLEMISH_REGION;
	}

	private static double score(RegistryEntry entry, double relevance, MatchRequest request) {
		double score = relevance;
		if (worksIn(entry, request.diseaseArea())) {
			score += AREA_BONUS;
		}
		if (closesRtoGap(entry, request)) {
			score += RTO_BONUS;
		}
		if (closesEnterpriseGap(entry, request)) {
			score += ENTERPRISE_BONUS;
		}
		return score;
	}

	private static boolean worksIn(RegistryEntry entry, String area) {
		return area != null && entry.therapeuticAreas().contains(area);
	}

	private static boolean closesRtoGap(RegistryEntry entry, MatchRequest request) {
		return request.needsRto() && isRto(entry);
	}

	private static boolean closesEnterpriseGap(RegistryEntry entry, MatchRequest request) {
		return request.enterprisesMissing() > 0 && isFlemishEnterprise(entry)
				&& !request.memberGroups().contains(entry.groupKey());
	}

	private List<Reason> reasons(TermLookup lookup, Scored candidate, Map<String, TermOccurrence> terms,
			MatchRequest request) {
		RegistryEntry entry = candidate.entry();
		List<Reason> reasons = new ArrayList<>();
		List<String> shared = sharedWords(lookup, entry, terms);
		if (!shared.isEmpty()) {
			reasons.add(new Reason(Kind.SHARED_WORDS, String.join(", ", shared)));
		}
		Closest closest = candidate.closest();
		if (closest.part() != null && closest.cosine() >= CLOSE_IN_MEANING) {
			reasons.add(closest.part() == ProfileText.OFFER
					? new Reason(Kind.OFFER_READS_CLOSEST, excerpt(entry.offers()))
					: new Reason(Kind.DESCRIPTION_READS_CLOSEST, excerpt(entry.description().isBlank()
							? String.join(", ", entry.keywords()) : entry.description())));
		}
		if (worksIn(entry, request.diseaseArea())) {
			reasons.add(new Reason(Kind.SAME_DISEASE_AREA, request.diseaseArea()));
		}
		if (closesRtoGap(entry, request)) {
			reasons.add(new Reason(Kind.FIRST_RTO, ""));
		}
		if (closesEnterpriseGap(entry, request)) {
			reasons.add(new Reason(Kind.INDEPENDENT_FLEMISH_ENTERPRISE, ""));
		}
		return reasons;
	}

	/**
	 * The profile's keywords whose every word is in the proposal, then the rarest other words both share, as the
	 * proposal writes them.
	 */
	private List<String> sharedWords(TermLookup lookup, RegistryEntry entry, Map<String, TermOccurrence> terms) {
		Set<String> shown = new LinkedHashSet<>();
		Set<String> covered = new HashSet<>();
		for (String keyword : entry.keywords()) {
			Set<String> keywordTerms = index.analyzer().terms(keyword).keySet();
			if (!keywordTerms.isEmpty() && terms.keySet().containsAll(keywordTerms)
					&& shown.add(keyword.strip().toLowerCase(Locale.ROOT))) {
				covered.addAll(keywordTerms);
			}
		}
		List<String> others = new ArrayList<>(index.analyzer().terms(entry.text()).keySet());
		others.removeIf(term -> !terms.containsKey(term) || covered.contains(term));
		others.sort(Comparator.comparingInt(lookup::documentFrequency));
		for (String term : others) {
			shown.add(terms.get(term).word().toLowerCase(Locale.ROOT));
		}
		return shown.stream().limit(SHARED_WORDS_SHOWN).toList();
	}

	/** The first words of a text, cut at a word and marked as cut. */
	static String excerpt(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, cut > 0 ? cut : EXCERPT_LENGTH) + "…";
	}

	/** Stops the threads that search by meaning. */
	@Override
	public void close() {
		if (meaningSearches != null) {
			meaningSearches.shutdownNow();
		}
	}

	private record Scored(RegistryEntry entry, double score, Closest closest) {
	}

	private record Closest(ProfileText part, double cosine) {

		static final Closest NONE = new Closest(null, 0);
	}
}
