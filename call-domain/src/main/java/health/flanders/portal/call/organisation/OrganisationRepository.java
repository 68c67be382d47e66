package health.flanders.portal.call.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByEnterpriseNumber(String digits);

	List<Organisation> findByActiveTrueOrderByName();

	/**
	 * Active organisations whose name, enterprise number or an expertise keyword contains this text (lower case, with
	 * {@code %} and {@code _} escaped), those whose name starts with it first; served by a trigram index.
	 */
	@Query(value = """
			select * from organisations
			where active and organisation_search_text(name, enterprise_number, expertise) like '%' || :text || '%'
			order by lower(name) like :text || '%' desc, name limit :limit""", nativeQuery = true)
	List<Organisation> search(String text, int limit);
}
