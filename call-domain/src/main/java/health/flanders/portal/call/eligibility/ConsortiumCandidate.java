package health.flanders.portal.call.eligibility;

import java.math.BigDecimal;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

/**
 * What the eligibility rule needs to know of one consortium member. {@code corporateGroupId} is the registry's entry of
 * the member's corporate group ({@code corporateGroup} its name, for the reasons). {@code researchKind}, the group,
 * {@code enterpriseNumber} and {@code requestedBudgetEur} may be {@code null} (none, or not given yet).
 */
public record ConsortiumCandidate(String name, OrganisationType type, ResearchKind researchKind, Long corporateGroupId,
		String corporateGroup,
		String country, String postalCode, String enterpriseNumber, boolean coordinator,
		BigDecimal requestedBudgetEur) {
}
