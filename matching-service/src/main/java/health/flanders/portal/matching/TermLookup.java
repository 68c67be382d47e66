package health.flanders.portal.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A text's terms as the index holds them in one field: how many profiles contain each, and where its postings are, for
 * the queries built on them. Looked up with one terms enumerator per segment, in order, instead of a new enumerator
 * for every term and again for every query that names it (a proposal has a hundred or more terms; that had been most
 * of what a suggestion allocated).
 */
final class TermLookup {

	private final String field;

	private final Map<String, TermStates> found;

	private TermLookup(String field, Map<String, TermStates> found) {
		this.field = field;
		this.found = found;
	}

	static TermLookup of(IndexSearcher searcher, String field, Collection<String> terms) {
		Map<String, TermStates> found = new HashMap<>();
		TreeSet<String> inOrder = new TreeSet<>(terms);
		try {
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				Terms leafTerms = leaf.reader().terms(field);
				if (leafTerms == null) {
					continue;
				}
				TermsEnum enumerator = leafTerms.iterator();
				for (String term : inOrder) {
					if (enumerator.seekExact(new BytesRef(term))) {
						found.computeIfAbsent(term, t -> new TermStates(searcher.getTopReaderContext()))
							.register(enumerator.termState(), leaf.ord, enumerator.docFreq(), enumerator.totalTermFreq());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TermLookup(field, found);
	}

	/** In how many of the index's profiles the term is; 0 for a term it does not hold. */
	int documentFrequency(String term) {
		TermStates states = found.get(term);
		return states == null ? 0 : states.docFreq();
	}

	/** A query for the term that reads its postings where this lookup found them. */
	TermQuery query(String term) {
		TermStates states = found.get(term);
		Term indexed = new Term(field, term);
		return states == null ? new TermQuery(indexed) : new TermQuery(indexed, states);
	}
}
