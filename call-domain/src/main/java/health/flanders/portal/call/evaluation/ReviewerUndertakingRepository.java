package health.flanders.portal.call.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

/** The confidentiality undertakings reviewers accepted, one per call and reviewer. */
public interface ReviewerUndertakingRepository
		extends JpaRepository<ReviewerUndertaking, ReviewerUndertaking.Key> {

	boolean existsByCallIdAndReviewerId(long callId, long reviewerId);
}
