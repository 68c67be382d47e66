package health.flanders.portal.call.session;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InfoSessionRepository extends JpaRepository<InfoSession, Long> {

	/** Every session with its call, the latest first, in one query. */
	@Query("select s from InfoSession s left join fetch s.call order by s.startsAt desc")
	List<InfoSession> findAllWithCall();

	@Query("select s from InfoSession s left join fetch s.call where s.call.id = :callId order by s.startsAt")
	List<InfoSession> findByCallIdOrderByStartsAt(Long callId);
}
