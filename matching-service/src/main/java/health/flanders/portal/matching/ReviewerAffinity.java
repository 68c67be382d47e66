package health.flanders.portal.matching;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.search.IndexSearcher;

/**
 * How well a reviewer fits a proposal, from 0 to 1: the share of the reviewer's expertise that the proposal's text
 * speaks of, each word weighed by how rare it is in the registry (a reviewer of "organoids" who meets a proposal on
 * organoids fits better than one of "data" who meets a proposal that mentions data).
 * <p>
 * The portal's assignment no longer uses it (it reads {@code expertise.ReviewerExpertise}, which falls back on the
 * typed keywords by itself); it stays as the baseline that {@code ReviewerLabelledSetTests} and bench/README's table
 * compare the publications with.
 */
public final class ReviewerAffinity {

	private final RegistryIndex index;

	public ReviewerAffinity(RegistryIndex index) {
		this.index = index;
	}

	public double of(Collection<String> expertise, String proposalText) {
		Set<String> reviewer = new LinkedHashSet<>();
		expertise.forEach(keyword -> reviewer.addAll(index.analyzer().terms(keyword).keySet()));
		if (reviewer.isEmpty()) {
			return 0;
		}
		Set<String> proposal = index.analyzer().terms(proposalText).keySet();
		IndexSearcher searcher = index.acquire();
		try {
			int documents = searcher.getIndexReader().numDocs();
			TermLookup lookup = TermLookup.of(searcher, RegistryIndex.TEXT, reviewer);
			double all = 0;
			double shared = 0;
			for (String term : reviewer) {
				double weight = idf(lookup.documentFrequency(term), documents);
				all += weight;
				if (proposal.contains(term)) {
					shared += weight;
				}
			}
			return shared / all;
		}
		finally {
			index.release(searcher);
		}
	}

	private static double idf(int frequency, int documents) {
		return Math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5));
	}
}
