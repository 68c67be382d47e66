package health.flanders.portal.matching.participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import health.flanders.portal.matching.ProfileAnalyzer;
import health.flanders.portal.matching.ProfileAnalyzer.TermOccurrence;
import health.flanders.portal.matching.participant.ParticipantSuggestion.Kind;
import health.flanders.portal.matching.participant.ParticipantSuggestion.Reason;

/**
 * Ranks the other participants of a session for one viewer. The score adds up, each between 0 and 1: the share of the
 * viewer's goals the other targets too; how much of what the viewer looks for the other offers, and how much of what
 * the other looks for the viewer offers (each the shared words weighed by their rarity among the participants, as a
 * share of the seeker's own words); and a bonus for closing a gap of the viewer's consortium (the first RTO weighs
 * more than one more enterprise, as in the registry's suggestions). Equal scores keep the participants' order.
 */
public final class ParticipantMatcher {

	private static final double GOALS = 1.0;

	private static final double OFFERS = 1.0;

	private static final double NEEDS = 0.7;

	private static final double RTO_BONUS = 0.6;

	private static final double ENTERPRISE_BONUS = 0.4;

	private static final int WORDS_SHOWN = 4;

	private final ProfileAnalyzer analyzer;

	public ParticipantMatcher(ProfileAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** Every other participant, best first, each with its reasons; the viewer is left out if among them. */
	public List<ParticipantSuggestion> rank(ParticipantProfile viewer, List<ParticipantProfile> others) {
		Map<Long, Texts> texts = new HashMap<>();
		texts.put(viewer.id(), texts(viewer));
		for (ParticipantProfile other : others) {
			texts.put(other.id(), texts(other));
		}
		Map<String, Integer> documentFrequency = new HashMap<>();
		texts.values().forEach(text -> {
			Set<String> terms = new HashSet<>(text.offers().keySet());
			terms.addAll(text.looksFor().keySet());
			terms.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
		});
		int documents = texts.size();
		Texts mine = texts.get(viewer.id());
		List<ParticipantSuggestion> ranked = new ArrayList<>();
		for (ParticipantProfile other : others) {
			if (other.id() == viewer.id()) {
				continue;
			}
			Texts theirs = texts.get(other.id());
			List<Reason> reasons = new ArrayList<>();
			double score = 0;
			Set<String> shared = new TreeSet<>(viewer.goals());
			shared.retainAll(other.goals());
			if (!shared.isEmpty()) {
				score += GOALS * shared.size() / viewer.goals().size();
				reasons.add(new Reason(Kind.SHARED_GOALS, String.join(", ", shared)));
			}
			Overlap offered = overlap(mine.looksFor(), theirs.offers(), documentFrequency, documents);
			if (!offered.words().isEmpty()) {
				score += OFFERS * offered.share();
				reasons.add(new Reason(Kind.OFFERS_WHAT_YOU_LOOK_FOR, String.join(", ", offered.words())));
			}
			Overlap sought = overlap(theirs.looksFor(), mine.offers(), documentFrequency, documents);
			if (!sought.words().isEmpty()) {
				score += NEEDS * sought.share();
				reasons.add(new Reason(Kind.LOOKS_FOR_WHAT_YOU_OFFER, String.join(", ", sought.words())));
			}
			if (other.closesRtoGap()) {
				score += RTO_BONUS;
				reasons.add(new Reason(Kind.FIRST_RTO, ""));
			}
			if (other.closesEnterpriseGap()) {
				score += ENTERPRISE_BONUS;
				reasons.add(new Reason(Kind.INDEPENDENT_FLEMISH_ENTERPRISE, ""));
			}
			ranked.add(new ParticipantSuggestion(other.id(), score, reasons));
		}
		// A stable sort: equal scores keep the order the caller gave.
		ranked.sort(Comparator.comparingDouble(ParticipantSuggestion::score).reversed());
		return ranked;
	}

	private Texts texts(ParticipantProfile profile) {
		return new Texts(analyzer.terms(profile.offers()), analyzer.terms(profile.looksFor()));
	}

	/**
	 * The seeker's terms that the other's text has, weighed by rarity (idf), as a share of the seeker's own weight; the
	 * words as the other wrote them, the rarest first.
	 */
	private static Overlap overlap(Map<String, TermOccurrence> seeks, Map<String, TermOccurrence> has,
			Map<String, Integer> documentFrequency, int documents) {
		double total = 0;
		double found = 0;
		List<String> terms = new ArrayList<>();
		for (String term : seeks.keySet()) {
			double weight = Math.log(1 + (double) documents / documentFrequency.getOrDefault(term, 1));
			total += weight;
			if (has.containsKey(term)) {
				found += weight;
				terms.add(term);
			}
		}
		terms.sort(Comparator.comparingInt((String term) -> documentFrequency.getOrDefault(term, 1))
			.thenComparing(Comparator.naturalOrder()));
		List<String> words = terms.stream().limit(WORDS_SHOWN).map(term -> has.get(term).word()).toList();
		return new Overlap(total == 0 ? 0 : found / total, words);
	}

	private record Texts(Map<String, TermOccurrence> offers, Map<String, TermOccurrence> looksFor) {
	}

	private record Overlap(double share, List<String> words) {
	}
}
