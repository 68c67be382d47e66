package health.flanders.portal.call.partnering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartneringRequestRepository extends JpaRepository<PartneringRequest, Long> {

	/** The requests a participant sent that count towards the limit: those not declined. */
	@Query("""
			select count(r) from PartneringRequest r where r.requester.id = :participantId
			  and r.status <> health.flanders.portal.call.partnering.RequestStatus.DECLINED""")
	long countCountingOf(long participantId);

	/** Whether the two have a request between them, whichever asked. */
	@Query("""
			select count(r) > 0 from PartneringRequest r
			where (r.requester.id = :one and r.invitee.id = :other) or (r.requester.id = :other and r.invitee.id = :one)""")
	boolean existsBetween(long one, long other);

	/** Every request a participant sent or received, with both sides, the newest first. */
	@Query("""
			select r from PartneringRequest r join fetch r.requester join fetch r.invitee
			where r.requester.id = :participantId or r.invitee.id = :participantId order by r.requestedAt desc, r.id desc""")
	List<PartneringRequest> findAllOf(long participantId);

	/** A session's accepted requests, the earliest first (the schedule prefers them when not all fit). */
	@Query("""
			select r from PartneringRequest r where r.sessionId = :sessionId
			  and r.status = health.flanders.portal.call.partnering.RequestStatus.ACCEPTED order by r.requestedAt, r.id""")
	List<PartneringRequest> findAcceptedOfSession(long sessionId);

	/** A request the participant received, with both sides; empty for anyone else's. */
	@Query("""
			select r from PartneringRequest r join fetch r.requester join fetch r.invitee
			where r.id = :id and r.invitee.id = :participantId""")
	Optional<PartneringRequest> findReceived(long id, long participantId);
}
