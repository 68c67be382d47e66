package health.flanders.portal.call.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The confirmed funding decisions, one per proposal of a decided call. */
public interface FundingDecisionRepository extends JpaRepository<FundingDecision, Long> {

	Optional<FundingDecision> findByProposalId(long proposalId);

	List<FundingDecision> findByCallIdOrderByRank(long callId);
}
