package health.flanders.portal.call.proposal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalInvitationRepository extends JpaRepository<ProposalInvitation, Long> {

	List<ProposalInvitation> findByProposalIdAndRevokedAtIsNullOrderByInvitedAt(long proposalId);

	Optional<ProposalInvitation> findByIdAndProposalId(long id, long proposalId);

	/** Every invitation, live or revoked, to this (normalised) address. */
	List<ProposalInvitation> findByEmail(String email);

	boolean existsByProposalIdAndEmailAndRevokedAtIsNull(long proposalId, String email);
}
