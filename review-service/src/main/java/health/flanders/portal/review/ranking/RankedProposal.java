package health.flanders.portal.review.ranking;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A proposal as the ranking sees it: its weighted total from the consensus scores, whether it passes every threshold,
 * the scores the tie-breaks read (medical need; economic plus societal impact), when it was first submitted, and the
 * budget it asks for.
 */
public record RankedProposal(long id, String label, BigDecimal total, boolean passesThresholds, BigDecimal medicalNeed,
		BigDecimal economicAndSocietalImpact, Instant submittedAt, BigDecimal requestedBudget) {
}
