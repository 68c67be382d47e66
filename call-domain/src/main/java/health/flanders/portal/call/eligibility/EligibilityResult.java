package health.flanders.portal.call.eligibility;

import java.util.List;

/** Whether a consortium is eligible, the counts that decide it, and every reason found. */
public record EligibilityResult(boolean eligible, int independentFlemishEnterprises, int rtos, List<Reason> reasons) {

	public EligibilityResult {
		reasons = List.copyOf(reasons);
	}

	/** The reasons that make the consortium ineligible. */
	public List<Reason> blockingReasons() {
		return reasons.stream().filter(Reason::blocking).toList();
	}
}
