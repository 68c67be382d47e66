package health.flanders.portal.call.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByEnterpriseNumber(String digits);

	List<Organisation> findByActiveTrueOrderByName();
}
