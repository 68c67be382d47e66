package health.flanders.portal.call.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

/** Staff's rulings on conflicts of interest, every one kept. */
public interface ConflictRulingRepository extends JpaRepository<ConflictRuling, Long> {
}
