package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.eligibility.EligibilityCriteria;

/** A call as pages and the API show it, read in one transaction. */
public record CallView(long id, String code, String title, String description, CallStatus status, Instant opensAt,
		Instant deadline, BigDecimal budgetEur, EligibilityCriteria eligibility, List<GoalView> goals) {

	/** A goal with its sub-goals. */
	public record GoalView(String code, String title, List<GoalView> subGoals) {
	}
}
