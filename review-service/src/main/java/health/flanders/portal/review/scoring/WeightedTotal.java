package health.flanders.portal.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A proposal's consensus scores brought together: the weighted total (the weighted mean, 0 to 5, to two decimals) and
 * whether it passes every criterion's threshold and the call's threshold on the total. A proposal without a consensus
 * on every criterion has no total yet.
 */
public record WeightedTotal(BigDecimal total, boolean passesThresholds, List<String> failedCriteria) {

	public static WeightedTotal of(List<Criterion> criteria, Map<Long, BigDecimal> scoreByCriterion,
			BigDecimal totalThreshold) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		List<String> failed = new ArrayList<>();
		for (Criterion criterion : criteria) {
			BigDecimal score = scoreByCriterion.get(criterion.id());
			if (score == null) {
				return null;
			}
			weighted = weighted.add(score.multiply(criterion.weight()));
			weights = weights.add(criterion.weight());
			if (score.compareTo(criterion.threshold()) < 0) {
				failed.add(criterion.code());
			}
		}
		if (weights.signum() == 0) {
			return null;
		}
		BigDecimal total = weighted.divide(weights, 2, RoundingMode.HALF_UP);
		if (total.compareTo(totalThreshold) < 0) {
			failed.add("TOTAL");
		}
		return new WeightedTotal(total, failed.isEmpty(), List.copyOf(failed));
	}
}
