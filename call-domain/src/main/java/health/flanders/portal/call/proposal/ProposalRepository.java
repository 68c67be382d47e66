package health.flanders.portal.call.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

/**
 * Proposals. The applicant lookups take the signed-in person's id and e-mail address: a proposal is theirs when they
 * started it or hold a live invitation to it; any other proposal is as good as absent.
 */
public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	String APPLICANT_MAY_EDIT = """
			(:userId member of p.applicantIds or exists (select i.id from ProposalInvitation i
			where i.proposal = p and i.email = :email and i.revokedAt is null))""";

	/** A proposal only when this applicant is on it. */
	@Query("select p from Proposal p join fetch p.call left join fetch p.members m left join fetch m.organisation "
			+ "where p.id = :id and " + APPLICANT_MAY_EDIT)
	Optional<Proposal> findForApplicant(long id, long userId, String email);

	/** The same, locked for the rest of the transaction, so that two submissions of one proposal queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Proposal p where p.id = :id and " + APPLICANT_MAY_EDIT)
	Optional<Proposal> lockForApplicant(long id, long userId, String email);

	/** A proposal with its consortium, for staff. */
	@Query("select p from Proposal p join fetch p.call left join fetch p.members m left join fetch m.organisation "
			+ "where p.id = :id")
	Optional<Proposal> findWithMembersById(long id);

	/** Every proposal of a call that has been submitted at least once, with its consortium, for staff. */
	@EntityGraph(attributePaths = { "members", "members.organisation" })
	@Query("select distinct p from Proposal p where p.call.id = :callId and p.reference is not null order by p.reference")
	List<Proposal> findSubmittedOfCall(long callId);

	/** The ids of one page of a call's proposals submitted at least once, by reference. */
	@Query("select p.id from Proposal p where p.call.id = :callId and p.reference is not null order by p.reference")
	List<Long> findSubmittedIdsOfCall(long callId, Pageable page);

	@Query("select count(p) from Proposal p where p.call.id = :callId and p.reference is not null")
	long countSubmittedOfCall(long callId);

	/**
	 * These proposals with their call and consortium, for staff, by reference; within a transaction. Three statements
	 * rather than one join: joined, each proposal's texts came back once per member (12 times, a megabyte for 50).
	 * The consortia load together when the first is read ({@code default_batch_fetch_size}), their organisations
	 * already known.
	 */
	default List<Proposal> findWithMembersByIdIn(Collection<Long> ids) {
		List<Proposal> found = findWithCallByIdIn(ids);
		findMembersWithOrganisationsOf(ids);
		found.forEach(proposal -> proposal.getMembers().size());
		return found;
	}

	@Query("select p from Proposal p join fetch p.call where p.id in :ids order by p.reference")
	List<Proposal> findWithCallByIdIn(Collection<Long> ids);

	@Query("select m from ConsortiumMember m join fetch m.organisation where m.proposal.id in :ids")
	List<ConsortiumMember> findMembersWithOrganisationsOf(Collection<Long> ids);

	/** Whether any proposal, draft or submitted, exists on the call: its rules and goals are then locked. */
	boolean existsByCallId(long callId);
}
