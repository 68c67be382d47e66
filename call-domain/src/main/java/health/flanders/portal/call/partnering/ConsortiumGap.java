package health.flanders.portal.call.partnering;

import java.util.ArrayList;
import java.util.List;

import health.flanders.portal.call.eligibility.ConsortiumCandidate;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.eligibility.EligibilityRule;

/**
 * What a consortium being formed still lacks against the call's minimums, and whether one more organisation would
 * close part of it. The call's own eligibility rule counts, so an organisation closes a gap exactly when the rule
 * would count it: an RTO while the consortium has fewer than the call's RTOs; a Flemish enterprise with a valid
 * enterprise number, independent of the members' corporate groups, while there are fewer than the call's enterprises.
 */
public final class ConsortiumGap {

	private final EligibilityCriteria criteria;

	private final List<ConsortiumCandidate> members;

	private final EligibilityResult now;

	public ConsortiumGap(EligibilityCriteria criteria, List<ConsortiumCandidate> members) {
		this.criteria = criteria;
		this.members = List.copyOf(members);
		this.now = EligibilityRule.check(criteria, this.members);
	}

	public boolean needsRto() {
		return now.rtos() < criteria.minRtos();
	}

	public int enterprisesMissing() {
		return Math.max(0, criteria.minIndependentFlemishEnterprises() - now.independentFlemishEnterprises());
	}

	/** Whether this organisation would be a further RTO the consortium needs. */
	public boolean closedAsRtoBy(ConsortiumCandidate candidate) {
		return needsRto() && with(candidate).rtos() > now.rtos();
	}

	/** Whether this organisation would be a further independent Flemish enterprise the consortium needs. */
	public boolean closedAsEnterpriseBy(ConsortiumCandidate candidate) {
		return enterprisesMissing() > 0
				&& with(candidate).independentFlemishEnterprises() > now.independentFlemishEnterprises();
	}

	private EligibilityResult with(ConsortiumCandidate candidate) {
		List<ConsortiumCandidate> more = new ArrayList<>(members);
		more.add(candidate);
		return EligibilityRule.check(criteria, more);
	}
}
