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
		ScoreStatistics none = ScoreStatistics.of(List.of());
		assertThat(none.count()).isZero();
		assertThat(none.mean()).isNull();
		assertThat(none.median()).isNull();
		assertThat(none.standardDeviation()).isNull();
	}

	@Test
	void aSingleScoreHasNoDeviation() {
		ScoreStatistics one = ScoreStatistics.of(scores("4"));
		assertThat(one.count()).isEqualTo(1);
		assertThat(one.mean()).isEqualByComparingTo("4");
		assertThat(one.median()).isEqualByComparingTo("4");
		assertThat(one.standardDeviation()).isNull();
		assertThat(one.disagreement()).isFalse();
	}

	@Test
	void twoEqualScoresDeviateByZero() {
		assertThat(ScoreStatistics.of(scores("3", "3")).standardDeviation()).isEqualByComparingTo("0");
	}

	private static List<BigDecimal> scores(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}
}
