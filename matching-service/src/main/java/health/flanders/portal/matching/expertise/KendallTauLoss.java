package health.flanders.portal.matching.expertise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far affinities are from people's grades, as the OpenReview expertise benchmark measures it: for each reviewer and
 * each pair of proposals they graded differently, the difference of the two grades counts as a mistake when the
 * affinities order the two proposals the other way, and half of it when the affinities tie; the sum of the mistakes is
 * divided by the sum of all the grade differences. 0 is every pair in the graded order, 0.5 is chance, 1 is every pair
 * reversed.
 */
public final class KendallTauLoss {

	private KendallTauLoss() {
	}

	/**
	 * The loss of these affinities ({@code reviewer -> proposal -> affinity}) against these grades
	 * ({@code reviewer -> proposal -> grade}); every graded pair must have an affinity.
	 */
	public static double of(Map<String, Map<String, Integer>> grades, Map<String, Map<String, Double>> affinities) {
		double mistakes = 0;
		double total = 0;
		for (Map.Entry<String, Map<String, Integer>> reviewer : grades.entrySet()) {
			Map<String, Double> scores = affinities.get(reviewer.getKey());
			List<Map.Entry<String, Integer>> graded = new ArrayList<>(reviewer.getValue().entrySet());
			for (int i = 0; i < graded.size(); i++) {
				for (int j = i + 1; j < graded.size(); j++) {
					int difference = graded.get(i).getValue() - graded.get(j).getValue();
					if (difference == 0) {
						continue;
					}
					double order = Math.signum(score(scores, reviewer.getKey(), graded.get(i).getKey())
							- score(scores, reviewer.getKey(), graded.get(j).getKey()));
					total += Math.abs(difference);
					if (order == 0) {
						mistakes += Math.abs(difference) / 2.0;
					}
					else if (order != Math.signum(difference)) {
						mistakes += Math.abs(difference);
					}
				}
			}
		}
		return total == 0 ? 0 : mistakes / total;
	}

	private static double score(Map<String, Double> scores, String reviewer, String proposal) {
		Double score = scores == null ? null : scores.get(proposal);
		if (score == null) {
			throw new IllegalArgumentException("No affinity of " + reviewer + " to " + proposal);
		}
		return score;
	}
}
