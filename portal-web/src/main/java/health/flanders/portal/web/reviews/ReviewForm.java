package health.flanders.portal.web.reviews;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.validation.Errors;

import health.flanders.portal.call.evaluation.Review;
import health.flanders.portal.call.evaluation.ReviewScore;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.ScoreScale;

/** A review as the reviewer types it: a score and a comment per criterion (by id), and the version they loaded. */
public class ReviewForm {

	private Map<Long, Line> scores = new LinkedHashMap<>();

	private long version = Review.UNSAVED;

	public static class Line {

		private String score;

		private String comment;

		public String getScore() {
			return this.score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getComment() {
			return this.comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}
	}

	static ReviewForm of(Review review, List<Criterion> criteria) {
		ReviewForm form = new ReviewForm();
		form.setVersion(review.version());
		for (Criterion criterion : criteria) {
			Line line = new Line();
			ReviewScore score = review.getScores().get(criterion.id());
			if (score != null) {
				line.setScore(score.getScore() == null ? "" : score.getScore().stripTrailingZeros().toPlainString());
				line.setComment(score.getComment());
			}
			form.getScores().put(criterion.id(), line);
		}
		return form;
	}

	/**
	 * The scores typed for the call's criteria; each one off the scale, missing for a submit or too long is rejected
	 * beside its field.
	 */
	Map<Long, ReviewScore> scores(List<Criterion> criteria, boolean submit, Errors errors) {
		Map<Long, ReviewScore> typed = new LinkedHashMap<>();
		for (Criterion criterion : criteria) {
			Line line = scores.getOrDefault(criterion.id(), new Line());
			String field = "scores[" + criterion.id() + "]";
			BigDecimal score = null;
			if (line.getScore() != null && !line.getScore().isBlank()) {
				Optional<BigDecimal> parsed = ScoreScale.parse(line.getScore());
				if (parsed.isEmpty()) {
					errors.rejectValue(field + ".score", "review.score.invalid");
				}
				score = parsed.orElse(null);
			}
			else if (submit) {
				errors.rejectValue(field + ".score", "review.score.required");
			}
			if (submit && (line.getComment() == null || line.getComment().isBlank())) {
				errors.rejectValue(field + ".comment", "review.comment.required");
			}
			if (line.getComment() != null && line.getComment().strip().length() > ReviewScore.MAX_COMMENT_LENGTH) {
				errors.rejectValue(field + ".comment", "review.comment.long");
			}
			else {
				typed.put(criterion.id(), new ReviewScore(score, line.getComment()));
			}
		}
		return typed;
	}

	public Map<Long, Line> getScores() {
		return this.scores;
	}

	public void setScores(Map<Long, Line> scores) {
		this.scores = scores;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
