package health.flanders.portal.call.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The consensus scores of proposals. */
public interface ConsensusScoreRepository extends JpaRepository<ConsensusScore, ConsensusScore.Key> {

	/** A proposal's consensus, by criterion. */
	List<ConsensusScore> findByProposalIdOrderByCriterionId(long proposalId);

	/** The consensus of every proposal of a call. */
	@Query("select s from ConsensusScore s where s.proposalId in "
			+ "(select p.id from Proposal p where p.call.id = :callId)")
	List<ConsensusScore> findByCallId(long callId);
}
