package health.flanders.portal.call.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A review's life as rules of the review itself: drafts, the submit that locks it, and pages loaded too early. */
class ReviewTests {

	static final Clock MONDAY = Clock.fixed(Instant.parse("2027-06-07T09:00:00Z"), ZoneOffset.UTC);

	static final Clock TUESDAY = Clock.fixed(Instant.parse("2027-06-08T09:00:00Z"), ZoneOffset.UTC);

	static ReviewScore score(String score, String comment) {
		return new ReviewScore(score == null ? null : new BigDecimal(score), comment);
	}

	/** A review as the database gives it back after it was saved this many times. */
	static Review saved(Review review, long version) throws ReflectiveOperationException {
		Field field = Review.class.getDeclaredField("version");
		field.setAccessible(true);
		field.set(review, version);
		return review;
	}

	@Test
	void aNewReviewIsAnUnsavedDraftWithoutScores() {
		Review review = new Review(1, 2, MONDAY);
		assertThat(review.version()).isEqualTo(Review.UNSAVED);
		assertThat(review.isSubmitted()).isFalse();
		assertThat(review.getScores()).isEmpty();
		assertThat(review.refusalToChange(Review.UNSAVED)).isNull();
	}

	@Test
	void aDraftKeepsWhatIsGivenAndLeavesTheRestAsItWas() {
		Review review = new Review(1, 2, MONDAY);
		review.saveDraft(Review.UNSAVED, Map.of(10L, score("3.5", " Good. "), 11L, score(null, "")), MONDAY);
		review.saveDraft(Review.UNSAVED, Map.of(11L, score("2", "Weak.")), TUESDAY);
		assertThat(review.getScores()).containsEntry(10L, score("3.5", "Good.")).containsEntry(11L, score("2.0", "Weak."));
		assertThat(review.getUpdatedAt()).isEqualTo(TUESDAY.instant());
		assertThat(review.isSubmitted()).isFalse();
		assertThat(review.getSubmittedAt()).isNull();
	}

	@Test
	void submittingLocksTheReviewAndASecondSubmitIsRefused() {
		Review review = new Review(1, 2, MONDAY);
		review.submit(Review.UNSAVED, Map.of(10L, score("4.5", "Strong.")), TUESDAY);
		assertThat(review.isSubmitted()).isTrue();
		assertThat(review.getSubmittedAt()).isEqualTo(TUESDAY.instant());
		assertThatThrownBy(() -> review.submit(Review.UNSAVED, Map.of(10L, score("1", "Changed my mind.")), TUESDAY))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					refusal -> assertThat(refusal.code()).isEqualTo("review.submitted.already"));
		assertThatThrownBy(() -> review.saveDraft(Review.UNSAVED, Map.of(), TUESDAY))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					refusal -> assertThat(refusal.code()).isEqualTo("review.submitted.already"));
		assertThat(review.getScores()).containsEntry(10L, score("4.5", "Strong."));
	}

	@Test
	void aSubmitWithACriterionNotScoredOrNotExplainedIsRefusedAndChangesNothing() {
		Review review = new Review(1, 2, MONDAY);
		review.saveDraft(Review.UNSAVED, Map.of(10L, score("4", "")), MONDAY);
		assertThatThrownBy(() -> review.submit(Review.UNSAVED, Map.of(11L, score("3", "Fine.")), TUESDAY))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					refusal -> assertThat(refusal.code()).isEqualTo("review.incomplete"));
		assertThatThrownBy(() -> new Review(1, 2, MONDAY).submit(Review.UNSAVED, Map.of(), TUESDAY))
			.isInstanceOf(EvaluationRefusedException.class);
		assertThat(review.isSubmitted()).isFalse();
		assertThat(review.getScores()).containsOnlyKeys(10L);
	}

	@Test
	void aPageLoadedBeforeTheLastSaveIsRefusedAsStale() throws ReflectiveOperationException {
		Review review = saved(new Review(1, 2, MONDAY), 3);
		assertThat(review.refusalToChange(3)).isNull();
		for (long seen : new long[] { Review.UNSAVED, 0, 2, 4 }) {
			assertThat(review.refusalToChange(seen)).isEqualTo("review.stale");
			assertThatThrownBy(() -> review.saveDraft(seen, Map.of(10L, score("1", "Overwrite.")), TUESDAY))
				.isInstanceOfSatisfying(EvaluationRefusedException.class,
						refusal -> assertThat(refusal.code()).isEqualTo("review.stale"));
		}
		review.saveDraft(3, Map.of(10L, score("5", "Excellent.")), TUESDAY);
		assertThat(review.getScores()).containsEntry(10L, score("5", "Excellent."));
	}

	@Test
	void aSubmittedReviewSaysSoRatherThanStale() throws ReflectiveOperationException {
		Review review = new Review(1, 2, MONDAY);
		review.submit(Review.UNSAVED, Map.of(10L, score("4", "Fine.")), TUESDAY);
		assertThat(saved(review, 1).refusalToChange(0)).isEqualTo("review.submitted.already");
	}

	@Test
	void aScoreIsFromZeroToFiveInHalfPointsAndACommentHasAtMost4000Characters() {
		for (String off : new String[] { "-0.5", "5.5", "3.25", "7" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> score(off, "x"));
		}
		assertThat(score("0", "").getScore()).isEqualByComparingTo("0");
		assertThat(score("5.0", "").getScore()).isEqualByComparingTo("5");
		assertThat(score(null, null).complete()).isFalse();
		assertThat(score("2.5", "  ").complete()).isFalse();
		assertThat(score("2.5", "Why.").complete()).isTrue();
		assertThat(score(null, "x".repeat(ReviewScore.MAX_COMMENT_LENGTH)).getComment()).hasSize(4000);
		assertThatIllegalArgumentException().isThrownBy(() -> score(null, "x".repeat(4001)));
	}
}
