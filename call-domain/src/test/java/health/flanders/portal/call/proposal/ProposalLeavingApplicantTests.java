package health.flanders.portal.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** An applicant who closes their account leaves their proposals: the rules of the proposal itself (no call needed). */
class ProposalLeavingApplicantTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void theOnlyApplicantHandsTheProposalToTheInviteeWithAnAccount() {
		Proposal proposal = new Proposal(null, "ACRO", 7L, CLOCK);

		proposal.handOver(7L, 30L);

		assertThat(proposal.getApplicantIds()).containsExactly(30L);
		assertThat(proposal.getCreatedBy()).isEqualTo(30L);
	}

	@Test
	void theLastApplicantCannotLeaveAProposal() {
		Proposal proposal = new Proposal(null, "ACRO", 7L, CLOCK);

		assertThatIllegalStateException().isThrownBy(() -> proposal.leave(7L));
		assertThat(proposal.getApplicantIds()).containsExactly(7L);
	}

	@Test
	void aDraftNeverSubmittedIsAbandonedAndOneSubmittedOnceIsNot() {
		Proposal draft = new Proposal(null, "DRAFT", 7L, CLOCK);
		draft.abandon(CLOCK);
		assertThat(draft.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(draft.getWithdrawnAt()).isEqualTo(CLOCK.instant());

		Proposal reopened = new Proposal(null, "SENT", 7L, CLOCK);
		reopened.submit("ICON-PM-2027-0001", CLOCK);
		assertThatIllegalStateException().isThrownBy(() -> reopened.abandon(CLOCK));
		reopened.reopen(CLOCK);
		assertThatIllegalStateException().isThrownBy(() -> reopened.abandon(CLOCK));
		assertThat(reopened.getStatus()).isEqualTo(ProposalStatus.DRAFT);
	}
}
