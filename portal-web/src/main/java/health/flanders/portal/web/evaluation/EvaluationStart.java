package health.flanders.portal.web.evaluation;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;

/**
 * Staff start a call's evaluation once it has closed: its submitted proposals go into the evaluation, and so does each
 * proposal reopened and not submitted again by the deadline, as its last submitted version. The call refuses while it
 * is still open, so that no reviewer reads a proposal its applicants may still change.
 */
@Service
@Transactional
public class EvaluationStart {

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final LastSubmittedVersion lastSubmitted;

	private final AuditTrail audit;

	private final Clock clock;

	EvaluationStart(CallRepository calls, ProposalRepository proposals, LastSubmittedVersion lastSubmitted,
			AuditTrail audit, Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.lastSubmitted = lastSubmitted;
		this.audit = audit;
		this.clock = clock;
	}

	/** The call's phase now, for the page that offers to start. */
	@Transactional(readOnly = true)
	public CallPhase phaseOf(long callId) {
		return calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId)).phase(clock);
	}

	/** @throws health.flanders.portal.call.CallChangeRefusedException unless the call has closed and not started */
	public void start(long callId, String staffEmail) {
		Call call = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		call.startEvaluation(clock);
		int moved = 0;
		for (Proposal proposal : proposals.findSubmittedOfCall(callId)) {
			if (proposal.getStatus() == ProposalStatus.DRAFT) {
				int version = lastSubmitted.restore(proposal);
				audit.record(staffEmail, "PROPOSAL_EVALUATED_AS_SUBMITTED", "proposal", proposal.getReference(),
						"version " + version + " of " + proposal.getAcronym() + ", reopened and not submitted again");
			}
			if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
				proposal.enterEvaluation(clock);
				moved++;
			}
		}
		audit.record(staffEmail, "EVALUATION_STARTED", "call", callId, call.getCode() + ": " + moved + " proposals");
	}

	/** Starts the evaluation unless it has started already, as releasing the assignment does. */
	void startUnlessStarted(long callId, String staffEmail) {
		Call call = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		if (call.getStatus() != CallStatus.IN_EVALUATION) {
			start(callId, staffEmail);
		}
	}
}
