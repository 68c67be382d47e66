package health.flanders.portal.call.session;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findBySessionIdAndEmail(Long sessionId, String email);

	/** The registration of a personal cancel link, with its session. */
	@Query("select r from Registration r join fetch r.session where r.cancelTokenHash = :cancelTokenHash")
	Optional<Registration> findByCancelTokenHash(String cancelTokenHash);

	/** The first on the waiting list for this way of attending, if anyone waits. */
	Optional<Registration> findFirstBySessionIdAndAttendanceAndStatusOrderByArrival(Long sessionId,
			Attendance attendance, RegistrationStatus status);

	/** Erases the registrations of sessions that ended before this instant; returns how many. */
	@Modifying
	@Query("delete from Registration r where r.session.id in (select s.id from InfoSession s where s.endsAt < :before)")
	int deleteOfSessionsEndedBefore(Instant before);

	/** A waiting registration's place in its queue: 1 for the first. */
	@Query("""
			select count(r) from Registration r
			where r.session.id = :sessionId and r.attendance = :attendance
			  and r.status = health.flanders.portal.call.session.RegistrationStatus.WAITLISTED and r.arrival <= :arrival""")
	long waitlistPosition(Long sessionId, Attendance attendance, Long arrival);
}
