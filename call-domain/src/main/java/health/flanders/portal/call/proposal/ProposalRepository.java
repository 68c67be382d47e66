package health.flanders.portal.call.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	/** The proposals this applicant is on, newest first, with their call for the dashboard. */
	@EntityGraph(attributePaths = "call")
	@Query("select p from Proposal p where :userId member of p.applicantIds order by p.createdAt desc")
	List<Proposal> findAllForApplicant(long userId);

	/** A proposal only when this applicant is on it: anything else is as good as absent. */
	@EntityGraph(attributePaths = { "call", "members", "members.organisation" })
	@Query("select p from Proposal p where p.id = :id and :userId member of p.applicantIds")
	Optional<Proposal> findForApplicant(long id, long userId);

	/** A proposal with its consortium, for staff. */
	@EntityGraph(attributePaths = { "call", "members", "members.organisation" })
	Optional<Proposal> findWithMembersById(long id);
}
