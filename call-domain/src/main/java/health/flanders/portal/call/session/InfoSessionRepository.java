package health.flanders.portal.call.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InfoSessionRepository extends JpaRepository<InfoSession, Long> {

	/** Every session with its call, the latest first, in one query. */
	@Query("select s from InfoSession s left join fetch s.call order by s.startsAt desc")
	List<InfoSession> findAllWithCall();

	/** The sessions that have not ended at this instant, with their calls, the soonest first. */
	@Query("select s from InfoSession s left join fetch s.call where s.endsAt > :now order by s.startsAt, s.id")
	List<InfoSession> findNotEndedWithCall(Instant now);

	/**
	 * The session, locked until the transaction ends: registrations for one session take their seats one after the
	 * other, in the order they got the lock.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from InfoSession s where s.id = :id")
	Optional<InfoSession> findForUpdate(Long id);

	/** Sessions that start in this window, are not cancelled, and whose reminders have not left yet. */
	@Query("""
			select s from InfoSession s where s.startsAt >= :from and s.startsAt < :until
			and s.cancelledAt is null and s.remindersSentAt is null""")
	List<InfoSession> findDueForReminders(Instant from, Instant until);

	@Query("select s from InfoSession s left join fetch s.call where s.call.id = :callId order by s.startsAt")
	List<InfoSession> findByCallIdOrderByStartsAt(Long callId);
}
