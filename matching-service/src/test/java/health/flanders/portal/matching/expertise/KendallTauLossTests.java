package health.flanders.portal.matching.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KendallTauLossTests {

	@Test
	void affinitiesInTheGradedOrderLoseNothingAndTheReverseOrderLosesEverything() {
		Map<String, Map<String, Integer>> grades = Map.of("r", Map.of("a", 5, "b", 3, "c", 1));

		assertThat(KendallTauLoss.of(grades, Map.of("r", Map.of("a", 0.9, "b", 0.5, "c", 0.1)))).isZero();
		assertThat(KendallTauLoss.of(grades, Map.of("r", Map.of("a", 0.1, "b", 0.5, "c", 0.9)))).isEqualTo(1.0);
	}

	@Test
	void eachMistakeCountsTheDifferenceOfTheTwoGrades() {
		// (a, b) differ by 2 and are reversed, (a, c) by 4 and reversed, (b, c) by 2 and in order: 6 of 8.
		double loss = KendallTauLoss.of(Map.of("r", Map.of("a", 5, "b", 3, "c", 1)),
				Map.of("r", Map.of("a", 0.1, "b", 0.5, "c", 0.3)));

		assertThat(loss).isCloseTo(0.75, within(1e-12));
	}

	@Test
	void aTieCountsHalfAndEqualGradesCountNothing() {
		assertThat(KendallTauLoss.of(Map.of("r", Map.of("a", 4, "b", 2)), Map.of("r", Map.of("a", 0.3, "b", 0.3))))
			.isEqualTo(0.5);
		assertThat(KendallTauLoss.of(Map.of("r", Map.of("a", 3, "b", 3)), Map.of("r", Map.of("a", 0.1, "b", 0.9))))
			.isZero();
	}

	@Test
	void theMistakesOfAllReviewersAreDividedByAllTheirGradeDifferences() {
		// r1: one pair in order (difference 4); r2: one pair reversed (difference 1): 1 of 5.
		double loss = KendallTauLoss.of(Map.of("r1", Map.of("a", 5, "b", 1), "r2", Map.of("a", 2, "b", 1)),
				Map.of("r1", Map.of("a", 0.8, "b", 0.2), "r2", Map.of("a", 0.2, "b", 0.8)));

		assertThat(loss).isCloseTo(0.2, within(1e-12));
	}

	@Test
	void aGradedPairWithoutAnAffinityIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KendallTauLoss.of(Map.of("r", Map.of("a", 5, "b", 1)), Map.of("r", Map.of("a", 0.8))))
			.withMessageContaining("r to b");
	}
}
