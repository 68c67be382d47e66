package health.flanders.portal.review.assignment;

import java.util.Arrays;

/**
 * An assignment to solve: proposals and reviewers by index, how many reviewers each proposal needs, each reviewer's
 * maximum, the affinity of each pair in millionths (or {@link #CONFLICT}), optionally a kind per reviewer and the
 * kinds of which every proposal needs at least one reviewer, and optionally the pairs fixed already (a reviewer who
 * accepted a proposal keeps it: the assignment fills only the rest).
 * <p>
 * Affinities are whole millionths so that the optimum is exact: {@link #micros} rounds an affinity in [0, 1] to
 * them, and {@link #affinity} gives back the value the solver used.
 */
public final class AssignmentProblem {

	/** The affinity of a pair in conflict: the pair is never assigned. */
	public static final int CONFLICT = -1;

	public static final int NO_KIND = -1;

	public static final int MICROS = 1_000_000;

	private final int reviewersPerProposal;

	private final int[] maxLoad;

	private final int[][] affinity;

	private final int[] kind;

	private final int[] requiredKinds;

	private final boolean[][] fixed;

	/**
	 * @param reviewersPerProposal k, the reviewers each proposal needs
	 * @param maxLoad the most proposals each reviewer takes, by reviewer
	 * @param affinity by proposal, then reviewer: millionths from 0 to {@link #MICROS}, or {@link #CONFLICT}
	 * @param kind each reviewer's kind, or {@link #NO_KIND}
	 * @param requiredKinds the kinds of which every proposal needs at least one reviewer (may be empty)
	 */
	public AssignmentProblem(int reviewersPerProposal, int[] maxLoad, int[][] affinity, int[] kind,
			int[] requiredKinds) {
		this(reviewersPerProposal, maxLoad, affinity, kind, requiredKinds, null);
	}

	/**
	 * @param fixed by proposal, then reviewer: the pairs that stay whatever else is assigned (null: none); a fixed pair
	 *        is not in conflict, and they give no proposal more than k reviewers and no reviewer more than its maximum
	 */
	public AssignmentProblem(int reviewersPerProposal, int[] maxLoad, int[][] affinity, int[] kind,
			int[] requiredKinds, boolean[][] fixed) {
		if (reviewersPerProposal < 1) {
			throw new IllegalArgumentException("A proposal needs at least one reviewer");
		}
		if (kind.length != maxLoad.length) {
			throw new IllegalArgumentException("One kind per reviewer");
		}
		for (int[] row : affinity) {
			if (row.length != maxLoad.length) {
				throw new IllegalArgumentException("One affinity per reviewer on every proposal's row");
			}
			for (int micros : row) {
				if (micros != CONFLICT && (micros < 0 || micros > MICROS)) {
					throw new IllegalArgumentException("An affinity is between 0 and " + MICROS + ": " + micros);
				}
			}
		}
		if (requiredKinds.length > reviewersPerProposal) {
			throw new IllegalArgumentException("More required kinds than reviewers per proposal");
		}
		if (Arrays.stream(requiredKinds).distinct().count() != requiredKinds.length
				|| Arrays.stream(requiredKinds).anyMatch(required -> required < 0)) {
			throw new IllegalArgumentException("Required kinds are distinct kinds");
		}
		this.fixed = fixed == null ? new boolean[affinity.length][maxLoad.length] : fixed;
		checkFixed(reviewersPerProposal, maxLoad, affinity, this.fixed);
		this.reviewersPerProposal = reviewersPerProposal;
		this.maxLoad = maxLoad;
		this.affinity = affinity;
		this.kind = kind;
		this.requiredKinds = requiredKinds;
	}

	private static void checkFixed(int k, int[] maxLoad, int[][] affinity, boolean[][] fixed) {
		if (fixed.length != affinity.length) {
			throw new IllegalArgumentException("One row of fixed pairs per proposal");
		}
		int[] loads = new int[maxLoad.length];
		for (int proposal = 0; proposal < fixed.length; proposal++) {
			if (fixed[proposal].length != maxLoad.length) {
				throw new IllegalArgumentException("One fixed flag per reviewer on every proposal's row");
			}
			int count = 0;
			for (int reviewer = 0; reviewer < maxLoad.length; reviewer++) {
				if (fixed[proposal][reviewer]) {
					if (affinity[proposal][reviewer] == CONFLICT) {
						throw new IllegalArgumentException("A fixed pair is in conflict: " + proposal + ", " + reviewer);
					}
					count++;
					loads[reviewer]++;
				}
			}
			if (count > k) {
				throw new IllegalArgumentException("More fixed reviewers than k on proposal " + proposal);
			}
		}
		for (int reviewer = 0; reviewer < maxLoad.length; reviewer++) {
			if (loads[reviewer] > maxLoad[reviewer]) {
				throw new IllegalArgumentException("More fixed proposals than its maximum for reviewer " + reviewer);
			}
		}
	}

	/** A problem without kinds. */
	public AssignmentProblem(int reviewersPerProposal, int[] maxLoad, int[][] affinity) {
		this(reviewersPerProposal, maxLoad, affinity, noKinds(maxLoad.length), new int[0]);
	}

	private static int[] noKinds(int reviewers) {
		int[] kinds = new int[reviewers];
		Arrays.fill(kinds, NO_KIND);
		return kinds;
	}

	public static int micros(double affinity) {
		return (int) Math.round(Math.max(0, Math.min(1, affinity)) * MICROS);
	}

	public static double affinity(int micros) {
		return micros / (double) MICROS;
	}

	public int proposals() {
		return this.affinity.length;
	}

	public int reviewers() {
		return this.maxLoad.length;
	}

	public int reviewersPerProposal() {
		return this.reviewersPerProposal;
	}

	public int maxLoad(int reviewer) {
		return this.maxLoad[reviewer];
	}

	public int affinity(int proposal, int reviewer) {
		return this.affinity[proposal][reviewer];
	}

	public boolean inConflict(int proposal, int reviewer) {
		return this.affinity[proposal][reviewer] == CONFLICT;
	}

	public boolean fixed(int proposal, int reviewer) {
		return this.fixed[proposal][reviewer];
	}

	/** Whether the solver may still give the proposal this reviewer: not in conflict, not fixed already. */
	boolean open(int proposal, int reviewer) {
		return !inConflict(proposal, reviewer) && !fixed(proposal, reviewer);
	}

	public int kind(int reviewer) {
		return this.kind[reviewer];
	}

	public int[] requiredKinds() {
		return this.requiredKinds.clone();
	}

	/** The index of a reviewer's kind among the required ones, or -1 when it is not one of them. */
	int requiredIndex(int reviewer) {
		for (int i = 0; i < this.requiredKinds.length; i++) {
			if (this.requiredKinds[i] == this.kind[reviewer]) {
				return i;
			}
		}
		return -1;
	}
}
