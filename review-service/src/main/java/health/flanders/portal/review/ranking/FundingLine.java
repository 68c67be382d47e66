package health.flanders.portal.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a call and its funding line. Proposals under a threshold are out. The others are ranked by weighted
 * total; a tie is broken by the medical need score, then by economic plus societal impact, then by the earlier
 * submission, and the ranking says which tie-break decided. Going down the ranking, a proposal is funded when its
 * requested budget still fits in what is left of the call's budget; the others form the reserve list, in order.
 */
public final class FundingLine {

	private FundingLine() {
	}

	public enum Outcome {
		FUNDED, RESERVE, OUT
	}

	/** Which rule put a proposal above the next one with the same total. */
	public enum TieBreak {
		MEDICAL_NEED, ECONOMIC_AND_SOCIETAL_IMPACT, EARLIER_SUBMISSION
	}

	/**
	 * A proposal's place: its rank (1 for the first; 0 when out), outcome, the budget left after it (for the funded),
	 * and, when it ties with the one below it, the tie-break that decided.
	 */
	public record Place(RankedProposal proposal, int rank, Outcome outcome, BigDecimal budgetLeft, TieBreak tieBreakOver,
			RankedProposal tiedWith) {
	}

	public record Result(List<Place> places, BigDecimal budget, BigDecimal budgetUsed) {

		public List<Place> funded() {
			return places.stream().filter(place -> place.outcome() == Outcome.FUNDED).toList();
		}

		public List<Place> reserve() {
			return places.stream().filter(place -> place.outcome() == Outcome.RESERVE).toList();
		}
	}

	/** A proposal whose outcome differs between two drawings of the line. */
	public record Change(RankedProposal proposal, Outcome before, Outcome after) {
	}

	static final Comparator<RankedProposal> ORDER = Comparator.comparing(RankedProposal::total)
		.thenComparing(RankedProposal::medicalNeed)
		.thenComparing(RankedProposal::economicAndSocietalImpact)
		.reversed()
		.thenComparing(RankedProposal::submittedAt)
		.thenComparingLong(RankedProposal::id);

	public static Result draw(List<RankedProposal> proposals, BigDecimal budget) {
		List<RankedProposal> ranked = proposals.stream()
			.filter(RankedProposal::passesThresholds)
			.sorted(ORDER)
			.toList();
		List<Place> places = new ArrayList<>();
		BigDecimal left = budget;
		for (int i = 0; i < ranked.size(); i++) {
			RankedProposal proposal = ranked.get(i);
			RankedProposal next = i + 1 < ranked.size() ? ranked.get(i + 1) : null;
			TieBreak tieBreak = next != null && proposal.total().compareTo(next.total()) == 0 ? tieBreak(proposal, next)
					: null;
			if (proposal.requestedBudget().compareTo(left) <= 0) {
				left = left.subtract(proposal.requestedBudget());
				places.add(new Place(proposal, i + 1, Outcome.FUNDED, left, tieBreak, tieBreak == null ? null : next));
			}
			else {
				places.add(new Place(proposal, i + 1, Outcome.RESERVE, null, tieBreak, tieBreak == null ? null : next));
			}
		}
		proposals.stream()
			.filter(proposal -> !proposal.passesThresholds())
			.sorted(ORDER)
			.forEach(proposal -> places.add(new Place(proposal, 0, Outcome.OUT, null, null, null)));
		return new Result(places, budget, budget.subtract(left));
	}

	/** What changed between two drawings: proposals whose outcome differs, or that are in only one of them. */
	public static List<Change> changes(Result before, Result after) {
		Map<Long, Place> earlier = new LinkedHashMap<>();
		before.places().forEach(place -> earlier.put(place.proposal().id(), place));
		List<Change> changes = new ArrayList<>();
		for (Place place : after.places()) {
			Place old = earlier.remove(place.proposal().id());
			if (old == null || old.outcome() != place.outcome()) {
				changes.add(new Change(place.proposal(), old == null ? null : old.outcome(), place.outcome()));
			}
		}
		earlier.values().forEach(old -> changes.add(new Change(old.proposal(), old.outcome(), null)));
		return changes;
	}

	private static TieBreak tieBreak(RankedProposal above, RankedProposal below) {
		if (above.medicalNeed().compareTo(below.medicalNeed()) != 0) {
			return TieBreak.MEDICAL_NEED;
		}
		if (above.economicAndSocietalImpact().compareTo(below.economicAndSocietalImpact()) != 0) {
			return TieBreak.ECONOMIC_AND_SOCIETAL_IMPACT;
		}
		return TieBreak.EARLIER_SUBMISSION;
	}
}
