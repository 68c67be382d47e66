package health.flanders.portal.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Scores run from 0 to 5 in half points. */
public final class ScoreScale {

	public static final BigDecimal MAX = new BigDecimal("5");

	private ScoreScale() {
	}

	/** The score in the text ("3", "3.5", "3,5"), or empty when it is not a half point from 0 to 5. */
	public static Optional<BigDecimal> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			BigDecimal score = new BigDecimal(text.strip().replace(',', '.'));
			boolean halfPoint = score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
			if (score.signum() < 0 || score.compareTo(MAX) > 0 || !halfPoint) {
				return Optional.empty();
			}
			return Optional.of(score.setScale(1));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The half point nearest to a value of the scale, a half-way value rounded up (3.25 gives 3.5, 3.24 gives 3):
	 * what the median of the reviews proposes as the consensus.
	 */
	public static BigDecimal nearestHalfPoint(BigDecimal value) {
		BigDecimal doubled = value.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP);
		return doubled.divide(BigDecimal.valueOf(2)).setScale(1);
	}
}
