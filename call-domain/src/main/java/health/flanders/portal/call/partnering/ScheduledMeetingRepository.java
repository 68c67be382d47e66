package health.flanders.portal.call.partnering;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ScheduledMeetingRepository extends JpaRepository<ScheduledMeeting, Long> {

	List<ScheduledMeeting> findBySessionIdOrderBySlotAscTableNumberAsc(long sessionId);

	List<ScheduledMeeting> findByRequestIdIn(Collection<Long> requestIds);

	/** Forgets a session's schedule, to store a new one. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from ScheduledMeeting m where m.sessionId = :sessionId")
	int deleteOfSession(long sessionId);
}
