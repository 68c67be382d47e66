package health.flanders.portal.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CallRepository extends JpaRepository<Call, Long> {

	/** The calls the public may read, the latest deadline first, with their goals. */
	@EntityGraph(attributePaths = "goals")
	List<Call> findByStatusInOrderByDeadlineDesc(Collection<CallStatus> statuses);

	/** One call with its goals, in one query. */
	@EntityGraph(attributePaths = "goals")
	Optional<Call> findWithGoalsById(Long id);

	Optional<Call> findByCode(String code);
}
