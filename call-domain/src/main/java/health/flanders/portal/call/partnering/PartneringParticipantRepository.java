package health.flanders.portal.call.partnering;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface PartneringParticipantRepository extends JpaRepository<PartneringParticipant, Long> {

	Optional<PartneringParticipant> findBySessionIdAndUserId(long sessionId, long userId);

	/** The participant whose personal agenda link carries this token, in this session. */
	Optional<PartneringParticipant> findBySessionIdAndAgendaToken(long sessionId, String agendaToken);

	/**
	 * The participant's row locked: requests from one participant are written one after the other, so that two sent
	 * at once cannot both pass the limit (the database's trigger takes the same lock).
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from PartneringParticipant p where p.sessionId = :sessionId and p.userId = :userId")
	Optional<PartneringParticipant> lockBySessionIdAndUserId(long sessionId, long userId);

	/** Every participant of a session with the goals they target, by organisation. */
	@Query("""
			select distinct p from PartneringParticipant p left join fetch p.goals
			where p.sessionId = :sessionId order by p.organisationName, p.id""")
	List<PartneringParticipant> findAllOfSession(long sessionId);
}
