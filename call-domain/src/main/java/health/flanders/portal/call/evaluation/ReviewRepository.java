package health.flanders.portal.call.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The reviews of proposals, one per reviewer and proposal. */
public interface ReviewRepository extends JpaRepository<Review, Long> {

	Optional<Review> findByProposalIdAndReviewerId(long proposalId, long reviewerId);

	boolean existsByProposalIdAndReviewerId(long proposalId, long reviewerId);

	/** The submitted reviews of a proposal by others than this reviewer, the earliest first. */
	@Query("select r from Review r where r.proposalId = :proposalId and r.reviewerId <> :reviewerId "
			+ "and r.status = health.flanders.portal.call.evaluation.Review.Status.SUBMITTED order by r.submittedAt")
	List<Review> findSubmittedByOthers(long proposalId, long reviewerId);
}
