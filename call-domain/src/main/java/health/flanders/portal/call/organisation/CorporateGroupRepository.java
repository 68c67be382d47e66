package health.flanders.portal.call.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads the corporate groups; new ones are registered through {@link CorporateGroups} only. */
public interface CorporateGroupRepository extends JpaRepository<CorporateGroup, Long> {

	List<CorporateGroup> findAllByOrderByName();
}
