package health.flanders.portal.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WeightedTotalTests {

	private final List<Criterion> criteria = List.of(new Criterion(1, "SCIENTIFIC_QUALITY", new BigDecimal("30"), new BigDecimal("3")),
			new Criterion(2, "MEDICAL_NEED", new BigDecimal("70"), new BigDecimal("3")));

	@Test
	void isTheWeightedMeanToTwoDecimals() {
		var total = WeightedTotal.of(criteria, Map.of(1L, new BigDecimal("4.5"), 2L, new BigDecimal("3.5")),
				new BigDecimal("3"));

		assertThat(total.total()).isEqualByComparingTo("3.80");
		assertThat(total.passesThresholds()).isTrue();
	}

	@Test
	void aScoreUnderItsCriterionsThresholdIsOutWhateverTheTotal() {
		var total = WeightedTotal.of(criteria, Map.of(1L, new BigDecimal("2.5"), 2L, new BigDecimal("5")),
				new BigDecimal("3"));

		assertThat(total.total()).isEqualByComparingTo("4.25");
		assertThat(total.passesThresholds()).isFalse();
		assertThat(total.failedCriteria()).containsExactly("SCIENTIFIC_QUALITY");
	}

	@Test
	void hasNoTotalUntilEveryCriterionHasAConsensus() {
		assertThat(WeightedTotal.of(criteria, Map.of(1L, new BigDecimal("4")), new BigDecimal("3"))).isNull();
	}

	@Test
	void takesHalfPointsFromZeroToFiveOnly() {
		assertThat(ScoreScale.parse("3,5")).contains(new BigDecimal("3.5"));
		assertThat(ScoreScale.parse("5")).contains(new BigDecimal("5.0"));
		assertThat(ScoreScale.parse("3.25")).isEmpty();
		assertThat(ScoreScale.parse("5.5")).isEmpty();
		assertThat(ScoreScale.parse("-0.5")).isEmpty();
		assertThat(ScoreScale.parse("four")).isEmpty();
	}
}
