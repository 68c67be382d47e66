package health.flanders.portal.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CallRepository extends JpaRepository<Call, Long> {

	/** The calls in these states, the latest deadline first, with their goals. */
	@EntityGraph(attributePaths = "goals")
	List<Call> findByStatusInOrderByDeadlineDesc(Collection<CallStatus> statuses);

	/**
	 * The calls the public may read (all but drafts), the latest deadline first, with their goals. Without
	 * parameters, Hibernate translates this query once and keeps the SQL (an IN list would be translated each time).
	 */
	@Query("""
			select distinct c from Call c left join fetch c.goals
			where c.status <> health.flanders.portal.call.CallStatus.DRAFT
			order by c.deadline desc""")
	List<Call> findPublished();

	/** One call with its goals, in one query (written out, so that Hibernate translates it once). */
	@Query("select c from Call c left join fetch c.goals where c.id = :id")
	Optional<Call> findWithGoalsById(Long id);

	Optional<Call> findByCode(String code);
}
