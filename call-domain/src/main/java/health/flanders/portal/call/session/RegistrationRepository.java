package health.flanders.portal.call.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findBySessionIdAndEmail(Long sessionId, String email);

	/** The registration of a personal cancel link, with its session. */
	@Query("select r from Registration r join fetch r.session where r.cancelTokenHash = :cancelTokenHash")
	Optional<Registration> findByCancelTokenHash(String cancelTokenHash);

	/** The first {@code limit} in this state for this way of attending, in order of arrival (the waiting list's order). */
	List<Registration> findBySessionIdAndAttendanceAndStatusOrderByArrival(Long sessionId, Attendance attendance,
			RegistrationStatus status, Limit limit);

	/** Everyone registered for a session: confirmed first, then the waiting list, each in order of arrival. */
	@Query("""
			select r from Registration r where r.session.id = :sessionId
			order by case r.status when health.flanders.portal.call.session.RegistrationStatus.CONFIRMED then 0
			                       when health.flanders.portal.call.session.RegistrationStatus.WAITLISTED then 1 else 2 end,
			         r.arrival""")
	List<Registration> findAllOfSession(Long sessionId);

	List<Registration> findBySessionIdAndStatusNot(Long sessionId, RegistrationStatus status);

	List<Registration> findBySessionIdAndStatus(Long sessionId, RegistrationStatus status);

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
