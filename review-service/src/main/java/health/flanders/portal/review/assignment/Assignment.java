package health.flanders.portal.review.assignment;

import java.util.List;

/**
 * The solved assignment: the reviewers of each proposal (by index, in increasing order), the total affinity in
 * millionths, and the proposals it could not cover fully.
 */
public record Assignment(int[][] reviewersOf, long totalMicros, List<Shortfall> shortfalls) {

	public double total() {
		return this.totalMicros / (double) AssignmentProblem.MICROS;
	}

	public boolean complete() {
		return this.shortfalls.isEmpty();
	}

	public int[] loads(int reviewers) {
		int[] loads = new int[reviewers];
		for (int[] assigned : this.reviewersOf) {
			for (int reviewer : assigned) {
				loads[reviewer]++;
			}
		}
		return loads;
	}
}
