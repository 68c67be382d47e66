package health.flanders.portal.web.proposals;

import java.math.BigDecimal;
import java.util.List;

import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.proposal.MemberRole;

/** A proposal with its consortium and the eligibility of that consortium. */
public record ProposalDetail(ProposalSummary summary, String abstractText, List<Member> members,
		EligibilityResult eligibility) {

	public record Member(String name, OrganisationType type, Region region, MemberRole role,
			BigDecimal requestedBudgetEur) {
	}
}
