package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.validation.Errors;

import health.flanders.portal.call.evaluation.ConsensusScore;
import health.flanders.portal.review.scoring.Criterion;
import health.flanders.portal.review.scoring.ScoreScale;

/**
 * The consensus form of a proposal: per criterion a score and its justification, and the stamp of the consensus it
 * was loaded with. A criterion left blank is left as it is.
 */
public class ConsensusForm {

	private Map<Long, Line> lines = new LinkedHashMap<>();

	private String stamp;

	/**
	 * The form for the consensus as it stands: the agreed score where there is one, else the reviews' median rounded
	 * to the nearest half point as a proposal.
	 */
	static ConsensusForm of(List<Consensus.Line> consensus, String stamp) {
		ConsensusForm form = new ConsensusForm();
		form.setStamp(stamp);
		for (Consensus.Line line : consensus) {
			Line formLine = new Line();
			if (line.consensus() != null) {
				formLine.setScore(line.consensus().score().stripTrailingZeros().toPlainString());
				formLine.setJustification(line.consensus().justification());
			}
			else if (line.statistics().median() != null) {
				formLine.setScore(ScoreScale.nearestHalfPoint(line.statistics().median()).stripTrailingZeros()
					.toPlainString());
			}
			form.getLines().put(line.criterion().id(), formLine);
		}
		return form;
	}

	/** The consensus given on the call's criteria; each field in error is rejected on {@code errors}. */
	Map<Long, Consensus.Agreed> agreed(List<Criterion> criteria, Errors errors) {
		Map<Long, Consensus.Agreed> agreed = new LinkedHashMap<>();
		for (Criterion criterion : criteria) {
			Line line = lines.getOrDefault(criterion.id(), new Line());
			String field = "lines[" + criterion.id() + "]";
			if (blank(line.getScore()) && blank(line.getJustification())) {
				continue;
			}
			Optional<BigDecimal> score = ScoreScale.parse(line.getScore());
			if (score.isEmpty()) {
				errors.rejectValue(field + ".score", "review.score.invalid");
			}
			if (blank(line.getJustification())) {
				errors.rejectValue(field + ".justification", "consensus.justification.required");
			}
			else if (line.getJustification().strip().length() > ConsensusScore.MAX_JUSTIFICATION_LENGTH) {
				errors.rejectValue(field + ".justification", "review.comment.long");
			}
			score.ifPresent(value -> agreed.put(criterion.id(), new Consensus.Agreed(value, line.getJustification())));
		}
		return agreed;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Map<Long, Line> getLines() {
		return this.lines;
	}

	public void setLines(Map<Long, Line> lines) {
		this.lines = lines;
	}

	public String getStamp() {
		return this.stamp;
	}

	public void setStamp(String stamp) {
		this.stamp = stamp;
	}

	/** The consensus on one criterion as typed. */
	public static class Line {

		private String score;

		private String justification;

		public String getScore() {
			return this.score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getJustification() {
			return this.justification;
		}

		public void setJustification(String justification) {
			this.justification = justification;
		}
	}
}
