package health.flanders.portal.call.proposal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A co-applicant invited by e-mail address: whoever signs in with that address may edit the proposal until the
 * invitation is revoked.
 */
@Entity
@Table(name = "proposal_invitations")
public class ProposalInvitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id")
	private Proposal proposal;

	@Column(nullable = false)
	private String email;

	@Column(name = "invited_by", nullable = false)
	private Long invitedBy;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ProposalInvitation() {
	}

	public ProposalInvitation(Proposal proposal, String email, long invitedBy, Clock clock) {
		this.proposal = proposal;
		this.email = email.strip().toLowerCase(Locale.ROOT);
		this.invitedBy = invitedBy;
		this.invitedAt = clock.instant();
	}

	public void revoke(Clock clock) {
		if (revokedAt == null) {
			revokedAt = clock.instant();
		}
	}

	public Long getId() {
		return id;
	}

	public Proposal getProposal() {
		return proposal;
	}

	public String getEmail() {
		return email;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
