package health.flanders.portal.web.reviews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.web.evaluation.Reviews;

/** A review as the reviewer types it: a score and a comment per criterion (by id), and the version they loaded. */
public class ReviewForm {

	private Map<Long, Line> scores = new LinkedHashMap<>();

	private long version = -1;

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

	static ReviewForm of(Reviews.Review review, List<Criterion> criteria) {
		ReviewForm form = new ReviewForm();
		form.setVersion(review.version());
		for (Criterion criterion : criteria) {
			Line line = new Line();
			Reviews.Score score = review.scores().get(criterion.id());
			if (score != null) {
				line.setScore(score.score() == null ? "" : score.score().stripTrailingZeros().toPlainString());
				line.setComment(score.comment());
			}
			form.getScores().put(criterion.id(), line);
		}
		return form;
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
