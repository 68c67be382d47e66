package health.flanders.portal.call.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** The reviewer pools of the calls. */
public interface CallReviewerRepository extends JpaRepository<CallReviewer, CallReviewerId> {

	List<CallReviewer> findByCallId(long callId);
}
