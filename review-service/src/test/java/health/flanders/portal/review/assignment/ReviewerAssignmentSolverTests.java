package health.flanders.portal.review.assignment;

import static health.flanders.portal.review.assignment.AssignmentProblem.CONFLICT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import health.flanders.portal.review.assignment.Shortfall.Reason;

class ReviewerAssignmentSolverTests {

	private final ReviewerAssignmentSolver solver = new ReviewerAssignmentSolver();

	@Test
	void findsTheOptimumWhereTheGreedyChoiceIsWorse() {
		// Greedy takes 0.9 first and is left with 0.1 (total 1.0); crossing gives 0.8 + 0.8.
		var assignment = this.solver.solve(new AssignmentProblem(1, new int[] { 1, 1 },
				new int[][] { { 900_000, 800_000 }, { 800_000, 100_000 } }));

		assertThat(assignment.reviewersOf()).isDeepEqualTo(new int[][] { { 1 }, { 0 } });
		assertThat(assignment.totalMicros()).isEqualTo(1_600_000);
		assertThat(assignment.complete()).isTrue();
	}

	@Test
	void neverAssignsAPairInConflictNorAReviewerAboveTheirMaximum() {
		var assignment = this.solver.solve(new AssignmentProblem(2, new int[] { 2, 2, 2 },
				new int[][] { { 900_000, 900_000, CONFLICT }, { 800_000, 700_000, 100_000 },
						{ CONFLICT, 600_000, 500_000 } }));

		// Proposals 0 and 2 can only have the two reviewers they have no conflict with; that fills reviewer 1, so
		// proposal 1 gets reviewers 0 and 2 although reviewer 1 fits it better than reviewer 2.
		assertThat(assignment.reviewersOf()).isDeepEqualTo(new int[][] { { 0, 1 }, { 0, 2 }, { 1, 2 } });
		assertThat(assignment.loads(3)).containsExactly(2, 2, 2);
		assertThat(assignment.totalMicros()).isEqualTo(3_800_000);
	}

	@Test
	void aProposalWithTooFewReviewersWithoutConflictGetsThoseItCanAndIsReported() {
		var assignment = this.solver.solve(new AssignmentProblem(2, new int[] { 5, 5, 5 },
				new int[][] { { 500_000, CONFLICT, CONFLICT }, { 500_000, 400_000, 300_000 } }));

		assertThat(assignment.reviewersOf()[0]).containsExactly(0);
		assertThat(assignment.reviewersOf()[1]).containsExactly(0, 1);
		assertThat(assignment.shortfalls())
			.containsExactly(new Shortfall(0, 1, Reason.TOO_FEW_WITHOUT_CONFLICT, AssignmentProblem.NO_KIND, 1));
	}

	@Test
	void whenTheReviewersAreFullTheProposalLeftOutIsTheOneThatCostsLeast() {
		var assignment = this.solver.solve(new AssignmentProblem(1, new int[] { 1, 1 },
				new int[][] { { 900_000, 100_000 }, { 200_000, 800_000 }, { 300_000, 300_000 } }));

		assertThat(assignment.reviewersOf()).isDeepEqualTo(new int[][] { { 0 }, { 1 }, {} });
		assertThat(assignment.totalMicros()).isEqualTo(1_700_000);
		assertThat(assignment.shortfalls())
			.containsExactly(new Shortfall(2, 1, Reason.REVIEWERS_FULL, AssignmentProblem.NO_KIND, 2));
	}

	@Test
	void everyProposalGetsAReviewerOfEachRequiredKindEvenWhenAnotherFitsBetter() {
		int clinical = 0;
		int industry = 1;
		var assignment = this.solver.solve(new AssignmentProblem(2, new int[] { 3, 3, 3, 3 },
				new int[][] { { 900_000, 800_000, 700_000, 100_000 }, { 900_000, 800_000, 200_000, 300_000 } },
				new int[] { clinical, clinical, clinical, industry }, new int[] { industry }));

		assertThat(assignment.reviewersOf()).isDeepEqualTo(new int[][] { { 0, 3 }, { 0, 3 } });
		assertThat(assignment.totalMicros()).isEqualTo(900_000 + 100_000 + 900_000 + 300_000);
	}

	@Test
	void saysWhichKindAProposalLacks() {
		var assignment = this.solver.solve(new AssignmentProblem(2, new int[] { 3, 3, 3 },
				new int[][] { { 900_000, 800_000, CONFLICT } }, new int[] { 0, 0, 1 }, new int[] { 1 }));

		assertThat(assignment.reviewersOf()[0]).containsExactly(0);
		assertThat(assignment.shortfalls()).containsExactly(new Shortfall(0, 1, Reason.NO_FREE_REVIEWER_OF_KIND, 1, 0));
	}

	@Test
	void noProposalsNeedNoReviewers() {
		var assignment = this.solver.solve(new AssignmentProblem(3, new int[] { 2 }, new int[0][]));

		assertThat(assignment.reviewersOf()).isEmpty();
		assertThat(assignment.complete()).isTrue();
	}
}
