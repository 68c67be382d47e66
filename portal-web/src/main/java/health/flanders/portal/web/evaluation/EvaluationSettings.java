package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.review.scoring.Criterion;

/**
 * A call's evaluation set-up: its criteria with weights and thresholds, the threshold on the weighted total, the
 * reviewers per proposal, the most proposals per reviewer and the kinds of reviewer every proposal needs. Fixed once
 * the assignment is released, so that every review is made against the same rules.
 */
@Service
@Transactional
public class EvaluationSettings {

	private final JdbcClient jdbc;

	EvaluationSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Settings(long callId, String code, String title, CallStatus status, BigDecimal budget,
			int reviewersPerProposal, int maxProposalsPerReviewer, BigDecimal totalThreshold,
			List<ReviewerKind> requiredKinds, Instant releasedAt, Instant decidedAt, List<Criterion> criteria) {

		public boolean released() {
			return this.releasedAt != null;
		}

		public boolean decided() {
			return this.decidedAt != null;
		}
	}

	@Transactional(readOnly = true)
	public Settings of(long callId) {
		return load(callId, false);
	}

	/** The settings with the call's row locked, for a change that must see no concurrent one. */
	Settings locked(long callId) {
		return load(callId, true);
	}

	private Settings load(long callId, boolean lock) {
		Settings settings = jdbc.sql("""
				select id, code, title, status, budget_eur, reviewers_per_proposal, max_proposals_per_reviewer,
				       total_threshold, required_reviewer_kinds, assignment_released_at, decided_at
				from calls where id = ?""" + (lock ? " for update" : ""))
			.param(callId)
			.query((rs, row) -> new Settings(rs.getLong(1), rs.getString(2), rs.getString(3),
					CallStatus.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7),
					rs.getBigDecimal(8),
					Arrays.stream((String[]) rs.getArray(9).getArray()).map(ReviewerKind::valueOf).toList(),
					instant(rs.getObject(10, OffsetDateTime.class)), instant(rs.getObject(11, OffsetDateTime.class)),
					List.of()))
			.optional()
			.orElseThrow(() -> new CallNotFoundException(callId));
		List<Criterion> criteria = jdbc.sql("""
				select id, code, weight, threshold from evaluation_criteria where call_id = ? order by position""")
			.param(callId)
			.query((rs, row) -> new Criterion(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.list();
		return new Settings(settings.callId(), settings.code(), settings.title(), settings.status(), settings.budget(),
				settings.reviewersPerProposal(), settings.maxProposalsPerReviewer(), settings.totalThreshold(),
				settings.requiredKinds(), settings.releasedAt(), settings.decidedAt(), criteria);
	}

	/**
	 * Saves the set-up.
	 * @throws EvaluationRefusedException once the assignment is released
	 */
	public void update(long callId, SettingsForm form) {
		Settings settings = locked(callId);
		if (settings.released()) {
			throw new EvaluationRefusedException("evaluation.settings.fixed");
		}
		jdbc.sql("""
				update calls set reviewers_per_proposal = ?, max_proposals_per_reviewer = ?, total_threshold = ?,
				       required_reviewer_kinds = ?::varchar[], version = version + 1 where id = ?""")
			.params(form.getReviewersPerProposal(), form.getMaxProposalsPerReviewer(), form.getTotalThreshold(),
					form.getRequiredKinds().stream().map(Enum::name).toArray(String[]::new), callId)
			.update();
		for (Criterion criterion : settings.criteria()) {
			SettingsForm.CriterionLine line = form.getCriteria().get(criterion.code());
			if (line != null) {
				jdbc.sql("update evaluation_criteria set weight = ?, threshold = ? where id = ?")
					.params(line.getWeight(), line.getThreshold(), criterion.id())
					.update();
			}
		}
	}

	SettingsForm formOf(Settings settings) {
		SettingsForm form = new SettingsForm();
		form.setReviewersPerProposal(settings.reviewersPerProposal());
		form.setMaxProposalsPerReviewer(settings.maxProposalsPerReviewer());
		form.setTotalThreshold(settings.totalThreshold());
		form.setRequiredKinds(settings.requiredKinds());
		Map<String, SettingsForm.CriterionLine> lines = new LinkedHashMap<>();
		for (Criterion criterion : settings.criteria()) {
			SettingsForm.CriterionLine line = new SettingsForm.CriterionLine();
			line.setWeight(criterion.weight());
			line.setThreshold(criterion.threshold());
			lines.put(criterion.code(), line);
		}
		form.setCriteria(lines);
		return form;
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
