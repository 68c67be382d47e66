package health.flanders.portal.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoreStatisticsTests {

	@Test
	void meanMedianAndSampleStandardDeviation() {
		ScoreStatistics statistics = ScoreStatistics.of(scores("3.5", "4", "2.5"));
		assertThat(statistics.count()).isEqualTo(3);
		assertThat(statistics.mean()).isEqualByComparingTo("3.33");
		assertThat(statistics.median()).isEqualByComparingTo("3.5");
		assertThat(statistics.standardDeviation()).isEqualByComparingTo("0.76");
		assertThat(statistics.disagreement()).isFalse();
	}

	@Test
	void twoScoresMoreThanTwoApartAreADisagreementAndExactlyTwoIsNot() {
		assertThat(ScoreStatistics.of(scores("1.5", "4", "3")).disagreement()).isTrue();
		assertThat(ScoreStatistics.of(scores("2", "4", "3")).disagreement()).isFalse();
		assertThat(ScoreStatistics.of(scores("2", "4.5")).median()).isEqualByComparingTo("3.25");
	}

	@Test
	void noScoresYet() {
		assertThat(ScoreStatistics.of(List.of()).mean()).isNull();
		assertThat(ScoreStatistics.of(scores("4")).standardDeviation()).isEqualByComparingTo("0");
	}

	private static List<BigDecimal> scores(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}
}
