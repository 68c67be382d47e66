package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.eligibility.EligibilityCriteria;

/**
 * A call as pages and the API show it: its texts in one language, its phase at one instant, read in one transaction.
 */
public record CallView(long id, String code, String title, String description, CallPhase phase, Instant opensAt,
		Instant deadline, BigDecimal budgetEur, EligibilityCriteria eligibility, List<GoalView> goals) {

	/** A goal with its sub-goals. */
	public record GoalView(String code, String title, List<GoalView> subGoals) {
	}

	static CallView of(Call call, Locale locale, Instant now) {
		List<GoalView> goals = call.getTopLevelGoals()
			.stream()
			.map(goal -> new GoalView(goal.getCode(), goal.getTitle(locale),
					call.getSubGoals(goal)
						.stream()
						.map(sub -> new GoalView(sub.getCode(), sub.getTitle(locale), List.of()))
						.toList()))
			.toList();
		return new CallView(call.getId(), call.getCode(), call.getTitle(locale), call.getDescription(locale),
				call.phaseAt(now), call.getOpensAt(), call.getDeadline(), call.getBudgetEur(), call.getEligibility(),
				goals);
	}

	/** Whether proposals can be started now. */
	public boolean takesProposals() {
		return phase.takesProposals();
	}
}
