package health.flanders.portal.call;

import static health.flanders.portal.call.CallTests.DEADLINE;
import static health.flanders.portal.call.CallTests.at;
import static health.flanders.portal.call.CallTests.draft;
import static health.flanders.portal.call.CallTests.published;
import static health.flanders.portal.call.CallTests.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** A call's review deadline as a rule of the call: after the submission deadline, movable until the decision. */
class CallReviewDeadlineTests {

	static final Instant REVIEWS_DUE = DEADLINE.plus(Duration.ofDays(30));

	@Test
	void aCallHasNoReviewDeadlineUntilOneIsSet() {
		assertThat(draft().getReviewDeadline()).isNull();
	}

	@Test
	void aReviewDeadlineCanBeSetBeforeTheCallOpens() {
		Call call = draft();

		call.changeReviewDeadline(REVIEWS_DUE);

		assertThat(call.getReviewDeadline()).isEqualTo(REVIEWS_DUE);
	}

	@Test
	void aReviewDeadlineMovesEarlierOrLaterDuringTheEvaluation() {
		Call call = inEvaluation();
		call.changeReviewDeadline(REVIEWS_DUE);

		call.changeReviewDeadline(REVIEWS_DUE.plus(Duration.ofDays(7)));
		assertThat(call.getReviewDeadline()).isEqualTo(REVIEWS_DUE.plus(Duration.ofDays(7)));

		call.changeReviewDeadline(REVIEWS_DUE.minus(Duration.ofDays(7)));
		assertThat(call.getReviewDeadline()).isEqualTo(REVIEWS_DUE.minus(Duration.ofDays(7)));
	}

	@Test
	void aReviewDeadlineAtOrBeforeTheSubmissionDeadlineIsRefused() {
		Call call = published();

		assertThat(refusal(() -> call.changeReviewDeadline(DEADLINE)).code())
			.isEqualTo("call.refused.review-deadline.before-submissions-close");
		assertThat(refusal(() -> call.changeReviewDeadline(DEADLINE.minusSeconds(1))).code())
			.isEqualTo("call.refused.review-deadline.before-submissions-close");
		assertThat(call.getReviewDeadline()).isNull();
	}

	@Test
	void theReviewDeadlineOfADecidedCallStays() {
		Call call = inEvaluation();
		call.changeReviewDeadline(REVIEWS_DUE);
		call.decide(at(REVIEWS_DUE.plus(Duration.ofDays(1))));

		assertThat(refusal(() -> call.changeReviewDeadline(REVIEWS_DUE.plus(Duration.ofDays(7)))).code())
			.isEqualTo("call.refused.review-deadline.decided");
		assertThat(call.getReviewDeadline()).isEqualTo(REVIEWS_DUE);
	}

	private static Call inEvaluation() {
		Call call = published();
		call.startEvaluation(at(DEADLINE.plusSeconds(1)));
		return call;
	}
}
