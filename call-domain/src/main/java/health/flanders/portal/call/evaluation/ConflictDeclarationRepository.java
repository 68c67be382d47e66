package health.flanders.portal.call.evaluation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The reviewers' declarations of conflicts of interest. */
public interface ConflictDeclarationRepository extends JpaRepository<ConflictDeclaration, ProposalReviewerId> {

	Optional<ConflictDeclaration> findByProposalIdAndReviewerId(long proposalId, long reviewerId);

	boolean existsByProposalIdAndReviewerId(long proposalId, long reviewerId);
}
