package health.flanders.portal.call.evaluation;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The confidentiality undertakings reviewers accepted, one per call and reviewer. */
public interface ReviewerUndertakingRepository
		extends JpaRepository<ReviewerUndertaking, CallReviewerId> {

	boolean existsByCallIdAndReviewerId(long callId, long reviewerId);

	/**
	 * Records the undertaking unless it is there already, also when the same reviewer accepts it twice at once.
	 * @return 1 when this call recorded it, 0 when it was there
	 */
	@Modifying
	@Query(value = "insert into reviewer_undertakings (call_id, reviewer_id, accepted_at) "
			+ "values (:callId, :reviewerId, :acceptedAt) on conflict do nothing", nativeQuery = true)
	int acceptOnce(long callId, long reviewerId, Instant acceptedAt);
}
