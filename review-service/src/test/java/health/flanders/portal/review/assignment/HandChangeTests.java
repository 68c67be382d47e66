package health.flanders.portal.review.assignment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.RefusedException;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.review.assignment.HandChange.Addition;

/** Each rule a change by hand keeps, and the refusal that names it. */
class HandChangeTests {

	/** Dr Peeters onto ONCO: in the pool, no conflict, not declined, not assigned; 2 of 3 reviewers, 4 of 5 proposals. */
	private static Addition allowed() {
		return new Addition("Dr Peeters", "ONCO", true, false, false, false, 2, 3, 4, 5);
	}

	@Test
	void anAdditionWithinEveryRuleIsAllowed() {
		assertThatCode(() -> HandChange.checkAddition(allowed())).doesNotThrowAnyException();
	}

	@Test
	void aReviewerOutsideTheCallsPoolIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", false, false, false, false, 2, 3, 4, 5),
				"evaluation.assignment.notInPool");
	}

	@Test
	void aPairInConflictIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", true, true, false, false, 2, 3, 4, 5),
				"evaluation.assignment.conflict");
	}

	@Test
	void aPairTheReviewerDeclinedIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", true, false, true, false, 2, 3, 4, 5),
				"evaluation.assignment.declined");
	}

	@Test
	void aPairAssignedAlreadyIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", true, false, false, true, 2, 3, 4, 5),
				"evaluation.assignment.already");
	}

	@Test
	void aProposalWithItsKReviewersIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", true, false, false, false, 3, 3, 4, 5),
				"evaluation.assignment.proposalFull");
	}

	@Test
	void aReviewerAtTheirMaximumIsRefused() {
		assertRefused(new Addition("Dr Peeters", "ONCO", true, false, false, false, 2, 3, 5, 5),
				"evaluation.assignment.reviewerFull");
	}

	@Test
	void aStartedReviewIsNeverTakenAway() {
		assertThatThrownBy(() -> HandChange.checkRemoval(true)).isInstanceOf(EvaluationRefusedException.class)
			.extracting(refusal -> ((RefusedException) refusal).code())
			.isEqualTo("evaluation.assignment.reviewed");
		assertThatCode(() -> HandChange.checkRemoval(false)).doesNotThrowAnyException();
	}

	private static void assertRefused(Addition pair, String code) {
		assertThatThrownBy(() -> HandChange.checkAddition(pair)).isInstanceOf(EvaluationRefusedException.class)
			.extracting(refusal -> ((RefusedException) refusal).code())
			.isEqualTo(code);
	}
}
