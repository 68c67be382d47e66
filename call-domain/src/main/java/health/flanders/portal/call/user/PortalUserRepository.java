package health.flanders.portal.call.user;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

	/** Looks up by the normalised address; see {@link PortalUser#normaliseEmail(String)}. */
	Optional<PortalUser> findByEmail(String normalisedEmail);

	boolean existsByEmail(String normalisedEmail);
}
