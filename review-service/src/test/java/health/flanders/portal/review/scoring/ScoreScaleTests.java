package health.flanders.portal.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ScoreScaleTests {

	@Test
	void aHalfPointStaysAsItIs() {
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.5"))).isEqualTo(new BigDecimal("3.5"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("4.00"))).isEqualTo(new BigDecimal("4.0"));
		assertThat(ScoreScale.nearestHalfPoint(BigDecimal.ZERO)).isEqualTo(new BigDecimal("0.0"));
		assertThat(ScoreScale.nearestHalfPoint(ScoreScale.MAX)).isEqualTo(new BigDecimal("5.0"));
	}

	@Test
	void aValueBetweenHalfPointsGoesToTheNearest() {
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.24"))).isEqualTo(new BigDecimal("3.0"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.26"))).isEqualTo(new BigDecimal("3.5"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.74"))).isEqualTo(new BigDecimal("3.5"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.76"))).isEqualTo(new BigDecimal("4.0"));
	}

	@Test
	void aValueHalfWayBetweenHalfPointsGoesUp() {
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("3.25"))).isEqualTo(new BigDecimal("3.5"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("2.75"))).isEqualTo(new BigDecimal("3.0"));
		assertThat(ScoreScale.nearestHalfPoint(new BigDecimal("0.25"))).isEqualTo(new BigDecimal("0.5"));
	}

	@Test
	void theRoundedMedianIsAScoreTheScaleAccepts() {
		for (int hundredths = 0; hundredths <= 500; hundredths++) {
			BigDecimal rounded = ScoreScale.nearestHalfPoint(BigDecimal.valueOf(hundredths, 2));
			assertThat(ScoreScale.parse(rounded.toPlainString())).contains(rounded);
		}
	}
}
