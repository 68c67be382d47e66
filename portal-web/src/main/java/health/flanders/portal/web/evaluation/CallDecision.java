package health.flanders.portal.web.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.FundingDecision;
import health.flanders.portal.call.evaluation.FundingDecisionRepository;
import health.flanders.portal.call.evaluation.FundingOutcome;
import health.flanders.portal.call.evaluation.RankingDropout;
import health.flanders.portal.call.evaluation.RankingDropoutRepository;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.review.ranking.FundingLine;
import health.flanders.portal.web.evaluation.CallRanking.Ranking;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;
import health.flanders.portal.web.mail.Mailer;

/**
 * What staff decide on a call's ranking: a proposal drops out of it, and the funding decision is confirmed, which
 * keeps each proposal's place, funds or does not fund each proposal, decides the call and e-mails every applicant.
 * Both lock the call's row, so that a decision sees no dropout or consensus recorded at the same moment.
 */
@Service
@Transactional
public class CallDecision {

	private final EvaluationSettings settings;

	private final CallRanking ranking;

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final RankingDropoutRepository dropouts;

	private final FundingDecisionRepository decisions;

	private final PortalUserRepository users;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final Clock clock;

	CallDecision(EvaluationSettings settings, CallRanking ranking, CallRepository calls, ProposalRepository proposals,
			RankingDropoutRepository dropouts, FundingDecisionRepository decisions, PortalUserRepository users,
			Mailer mailer, AuditTrail audit, Clock clock) {
		this.settings = settings;
		this.ranking = ranking;
		this.calls = calls;
		this.proposals = proposals;
		this.dropouts = dropouts;
		this.decisions = decisions;
		this.users = users;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that a proposal of the call drops out of the ranking; the first on the reserve list that fits moves up.
	 * A proposal that dropped out already keeps its first reason; one of another call is left alone.
	 * @throws EvaluationRefusedException once the call is decided, or without a reason
	 */
	public void dropOut(long callId, long proposalId, String reason, long staffId, String staffEmail) {
		if (settings.locked(callId).decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		boolean ofTheCall = proposals.findById(proposalId)
			.filter(proposal -> proposal.getCall().getId() == callId)
			.isPresent();
		if (!ofTheCall || dropouts.existsById(proposalId)) {
			return;
		}
		RankingDropout dropout = dropouts.save(new RankingDropout(proposalId, reason, staffId, clock));
		audit.record(staffEmail, "RANKING_DROPOUT", "proposal", proposalId, "reason: " + dropout.getReason());
	}

	/**
	 * Confirms the funding decision: each proposal's place is kept, funded proposals become FUNDED and the others
	 * NOT_FUNDED, the call is decided, and every applicant is e-mailed.
	 * @throws EvaluationRefusedException when decided already, not released, or a proposal still awaits its consensus
	 */
	public void decide(long callId, long staffId, String staffEmail) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		if (!call.released()) {
			throw new EvaluationRefusedException("evaluation.decision.notReleased");
		}
		Ranking ranked = ranking.rank(call);
		if (!ranked.complete()) {
			throw new EvaluationRefusedException("evaluation.decision.awaiting",
					String.join(", ", ranked.awaitingConsensus()));
		}
		for (FundingLine.Place place : ranked.result().places()) {
			decisions.save(new FundingDecision(place.proposal().id(), callId, place.rank(),
					FundingOutcome.valueOf(place.outcome().name()), place.proposal().total(), staffId, clock));
		}
		ranked.dropouts()
			.forEach(dropout -> decisions.save(FundingDecision.droppedOut(dropout.proposalId(), callId, staffId, clock)));
		Set<Long> funded = ranked.result().funded().stream().map(place -> place.proposal().id())
			.collect(Collectors.toSet());
		List<Proposal> decided = proposals.findSubmittedOfCall(callId).stream()
			.filter(proposal -> proposal.getStatus() == ProposalStatus.SUBMITTED
					|| proposal.getStatus() == ProposalStatus.IN_EVALUATION)
			.toList();
		for (Proposal proposal : decided) {
			if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
				// left submitted by an evaluation started before proposals went into it with their call
				proposal.enterEvaluation(clock);
			}
			if (funded.contains(proposal.getId())) {
				proposal.fund(clock);
			}
			else {
				proposal.notFund(clock);
			}
		}
		Call theCall = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		theCall.decide(clock);
		decided.forEach(proposal -> tell(theCall, proposal));
		audit.record(staffEmail, "FUNDING_DECIDED", "call", callId, funded.size() + " funded: "
				+ ranked.result().funded().stream().map(place -> place.proposal().id()).toList() + "; budget used "
				+ ranked.result().budgetUsed());
	}

	private void tell(Call call, Proposal proposal) {
		users.findAllById(proposal.getApplicantIds())
			.forEach(applicant -> mailer.send(applicant.getEmail(), applicant.getLocale(), "funding-decision",
					Map.of("name", applicant.getFullName(), "acronym", proposal.getAcronym(), "call",
							call.getTitle(applicant.getLocale()), "funded", proposal.getStatus() == ProposalStatus.FUNDED)));
	}
}
