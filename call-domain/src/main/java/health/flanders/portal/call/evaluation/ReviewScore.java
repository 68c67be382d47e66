package health.flanders.portal.call.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A reviewer's score on one criterion, from 0 to 5 in half points (none yet in a draft), with the comment that
 * explains it; the comments go into the summary report the applicants read.
 */
@Embeddable
public class ReviewScore {

	/** The longest comment on one criterion. */
	public static final int MAX_COMMENT_LENGTH = 4000;

	private static final BigDecimal TOP = BigDecimal.valueOf(5);

	@Column(precision = 2, scale = 1)
	private BigDecimal score;

	@Column(nullable = false)
	private String comment = "";

	protected ReviewScore() {
	}

	/**
	 * @param score from 0 to 5 in half points, or null when not given yet
	 * @param comment null counts as no comment
	 * @throws IllegalArgumentException for a score off the scale or a comment too long
	 */
	public ReviewScore(BigDecimal score, String comment) {
		if (score != null && (score.signum() < 0 || score.compareTo(TOP) > 0
				|| score.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)) {
			throw new IllegalArgumentException("A score is from 0 to 5 in half points: " + score);
		}
		String stripped = comment == null ? "" : comment.strip();
		if (stripped.length() > MAX_COMMENT_LENGTH) {
			throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT_LENGTH + " characters");
		}
		this.score = score;
		this.comment = stripped;
	}

	/** Whether it is scored and explained, as a submitted review must be. */
	public boolean complete() {
		return score != null && !comment.isEmpty();
	}

	public BigDecimal getScore() {
		return score;
	}

	public String getComment() {
		return comment;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ReviewScore that && Objects.equals(comment, that.comment)
				&& (score == null ? that.score == null : that.score != null && score.compareTo(that.score) == 0);
	}

	@Override
	public int hashCode() {
		return Objects.hash(comment, score == null ? null : score.stripTrailingZeros());
	}
}
