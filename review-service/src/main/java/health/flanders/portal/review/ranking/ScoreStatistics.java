package health.flanders.portal.review.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The reviewers' scores of one proposal on one criterion: their mean, median and (sample) standard deviation, and
 * whether two of them differ by more than 2 points, which asks for a discussion before the consensus. A single score
 * has no deviation: {@code standardDeviation} is null for fewer than two scores.
 */
public record ScoreStatistics(int count, BigDecimal mean, BigDecimal median, BigDecimal standardDeviation,
		boolean disagreement) {

	static final BigDecimal DISAGREEMENT = new BigDecimal("2");

	public static ScoreStatistics of(List<BigDecimal> scores) {
		if (scores.isEmpty()) {
			return new ScoreStatistics(0, null, null, null, false);
		}
		List<BigDecimal> sorted = scores.stream().sorted().toList();
		int n = sorted.size();
		BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal mean = sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
		BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
		BigDecimal exactMean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64);
		BigDecimal squares = sorted.stream()
			.map(score -> score.subtract(exactMean).pow(2))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal deviation = n < 2 ? null
				: squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64)
					.setScale(2, RoundingMode.HALF_UP);
		boolean disagreement = sorted.get(n - 1).subtract(sorted.get(0)).compareTo(DISAGREEMENT) > 0;
		return new ScoreStatistics(n, mean, median.setScale(2, RoundingMode.HALF_UP),
				deviation, disagreement);
	}
}
