package health.flanders.portal.call.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

/** The proposals that dropped out of their call's ranking. */
public interface RankingDropoutRepository extends JpaRepository<RankingDropout, Long> {
}
