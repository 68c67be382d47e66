package health.flanders.portal.call.partnering;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface PartneringEventRepository extends JpaRepository<PartneringEvent, Long> {

	/** The event's row locked for sharing: its settings cannot change while a request is written against them. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select e from PartneringEvent e where e.sessionId = :sessionId")
	Optional<PartneringEvent> findForShare(long sessionId);

	/** The event's row locked: one schedule at a time, and no request is written while it is made. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from PartneringEvent e where e.sessionId = :sessionId")
	Optional<PartneringEvent> findForUpdate(long sessionId);

	/** The sessions whose requests are still open though their automatic closing has come, in the order of their ids. */
	@Query("""
			select e.sessionId from PartneringEvent e
			where e.enabled and e.requestsClosedAt is null and e.requestsCloseAt <= :now
			order by e.sessionId""")
	List<Long> findClosingBy(Instant now);
}
