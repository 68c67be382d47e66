package health.flanders.portal.call.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The assignments of reviewers to proposals. */
public interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, ProposalReviewerId> {

	Optional<ReviewAssignment> findByProposalIdAndReviewerId(long proposalId, long reviewerId);

	/** Every assignment of a call's proposals, declined ones included. */
	@Query("select a from ReviewAssignment a where a.proposalId in "
			+ "(select p.id from Proposal p where p.call.id = :callId)")
	List<ReviewAssignment> findByCallId(long callId);
}
