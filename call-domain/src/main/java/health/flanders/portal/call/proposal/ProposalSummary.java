package health.flanders.portal.call.proposal;

import java.time.Instant;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallStatus;

/** A proposal and its call as a list shows them, read as columns rather than as entities. */
public record ProposalSummary(long id, String acronym, String title, String reference, ProposalStatus status,
		long callId, Bilingual callTitle, CallStatus callStatus, Instant callOpensAt, Instant deadline) {

	/** Submitted at least once: it holds a reference, also when it has been reopened since. */
	public boolean hasBeenSubmitted() {
		return reference != null;
	}

	/** The call's phase at this instant, by the same rule as {@link Call#phaseAt}. */
	public CallPhase callPhaseAt(Instant instant) {
		return CallPhase.of(callStatus, callOpensAt, deadline, instant);
	}

	/** Whether the call takes submissions at this instant, by the same rule as {@link Call#acceptsSubmissionsAt}. */
	public boolean callAcceptsSubmissionsAt(Instant instant) {
		return callPhaseAt(instant).takesProposals();
	}
}
