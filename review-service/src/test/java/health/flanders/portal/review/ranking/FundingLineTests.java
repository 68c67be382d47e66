package health.flanders.portal.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.review.ranking.FundingLine.Change;
import health.flanders.portal.review.ranking.FundingLine.Outcome;
import health.flanders.portal.review.ranking.FundingLine.Place;
import health.flanders.portal.review.ranking.FundingLine.TieBreak;

class FundingLineTests {

	private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void fundsDownTheRankingWhileTheBudgetLastsAndAProposalThatFitsExactlyIsFunded() {
		var result = FundingLine.draw(List.of(
				proposal(1, "3.90", "4", "7", 0, "4000000"),
				proposal(2, "4.20", "4", "7", 0, "3500000"),
				proposal(3, "3.10", "4", "7", 0, "2500000"),
				proposal(4, "3.50", "4", "7", 0, "2500001")), new BigDecimal("10000000"));

		assertThat(result.places()).extracting(place -> place.proposal().id()).containsExactly(2L, 1L, 4L, 3L);
		assertThat(result.funded()).extracting(place -> place.proposal().id()).containsExactly(2L, 1L, 3L);
		assertThat(result.reserve()).extracting(place -> place.proposal().id()).containsExactly(4L);
		// 3.5 + 4.0 leaves 2,500,000: proposal 4 asks one euro more and is not funded; proposal 3 fits to the euro.
		assertThat(result.budgetUsed()).isEqualByComparingTo("10000000");
		assertThat(result.funded().get(2).budgetLeft()).isEqualByComparingTo("0");
	}

	@Test
	void breaksTiesByMedicalNeedThenEconomicAndSocietalImpactThenEarlierSubmissionAndSaysWhich() {
		var result = FundingLine.draw(List.of(
				proposal(1, "4.00", "3.5", "8", 0, "1"),
				proposal(2, "4.00", "4.0", "6", 0, "1"),
				proposal(3, "4.00", "3.5", "9", 0, "1"),
				proposal(4, "4.00", "3.5", "9", 2, "1"),
				proposal(5, "4.00", "3.5", "9", 1, "1")), new BigDecimal("10"));

		List<Place> places = result.places();
		assertThat(places).extracting(place -> place.proposal().id()).containsExactly(2L, 3L, 5L, 4L, 1L);
		assertThat(places).extracting(Place::tieBreakOver).containsExactly(TieBreak.MEDICAL_NEED,
				TieBreak.EARLIER_SUBMISSION, TieBreak.EARLIER_SUBMISSION, TieBreak.ECONOMIC_AND_SOCIETAL_IMPACT, null);
		assertThat(places.get(0).tiedWith().id()).isEqualTo(3L);
		assertThat(places).extracting(Place::rank).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void aProposalUnderAThresholdIsOutWhateverItsTotal() {
		var result = FundingLine.draw(List.of(failing(proposal(1, "4.80", "4", "7", 0, "1")),
				proposal(2, "3.00", "4", "7", 0, "1")), new BigDecimal("10"));

		assertThat(result.funded()).extracting(place -> place.proposal().id()).containsExactly(2L);
		assertThat(result.places().get(1)).satisfies(place -> {
			assertThat(place.outcome()).isEqualTo(Outcome.OUT);
			assertThat(place.rank()).isZero();
		});
	}

	@Test
	void whenAFundedProposalDropsOutTheFirstOnTheReserveListThatFitsMovesUp() {
		List<RankedProposal> proposals = new ArrayList<>(List.of(
				proposal(1, "4.50", "4", "7", 0, "6000000"),
				proposal(2, "4.00", "4", "7", 0, "4000000"),
				proposal(3, "3.80", "4", "7", 0, "7000000"),
				proposal(4, "3.60", "4", "7", 0, "3000000")));
		var before = FundingLine.draw(proposals, new BigDecimal("10000000"));
		assertThat(before.funded()).extracting(place -> place.proposal().id()).containsExactly(1L, 2L);

		proposals.remove(1);
		var after = FundingLine.draw(proposals, new BigDecimal("10000000"));

		assertThat(after.funded()).extracting(place -> place.proposal().id()).containsExactly(1L, 4L);
		assertThat(FundingLine.changes(before, after)).containsExactlyInAnyOrder(
				new Change(proposals.get(2), Outcome.RESERVE, Outcome.FUNDED),
				new Change(before.places().get(1).proposal(), Outcome.FUNDED, null));
	}

	private static RankedProposal proposal(long id, String total, String medicalNeed, String impact, int hoursLater,
			String budget) {
		return new RankedProposal(id, "P" + id, new BigDecimal(total), true, new BigDecimal(medicalNeed),
				new BigDecimal(impact), MONDAY.plusSeconds(3600L * hoursLater), new BigDecimal(budget));
	}

	private static RankedProposal failing(RankedProposal ranked) {
		return new RankedProposal(ranked.id(), ranked.label(), ranked.total(), false, ranked.medicalNeed(),
				ranked.economicAndSocietalImpact(), ranked.submittedAt(), ranked.requestedBudget());
	}
}
