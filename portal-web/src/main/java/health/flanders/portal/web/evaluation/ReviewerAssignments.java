package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.AssignmentResponse;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.ProposalReviewerId;
import health.flanders.portal.call.evaluation.ReviewAssignment;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.review.assignment.AssignmentProblem;
import health.flanders.portal.review.assignment.HandChange;
import health.flanders.portal.web.evaluation.AssignmentReadModel.PoolReviewer;
import health.flanders.portal.web.evaluation.AssignmentReadModel.ProposalText;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;
import health.flanders.portal.web.mail.Mailer;

/**
 * Who reviews which proposal of a call. Staff have the optimal assignment proposed ({@link OptimalAssignment}),
 * change it by hand under the same rules ({@link HandChange}), and release it, which e-mails each reviewer their
 * list. Every change locks the call's row, so two members of staff never break a rule together.
 */
@Service
@Transactional
public class ReviewerAssignments {

	private final EvaluationSettings settings;

	private final AssignmentReadModel model;

	private final OptimalAssignment optimal;

	private final ReviewAssignmentRepository assignments;

	private final ExpertiseAffinities affinities;

	private final CallRepository calls;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final EvaluationStart evaluationStart;

	private final PortalUserRepository users;

	private final Clock clock;

	ReviewerAssignments(EvaluationSettings settings, AssignmentReadModel model, OptimalAssignment optimal,
			ReviewAssignmentRepository assignments, ExpertiseAffinities affinities, CallRepository calls, Mailer mailer,
			AuditTrail audit, EvaluationStart evaluationStart, PortalUserRepository users, Clock clock) {
		this.users = users;
		this.settings = settings;
		this.model = model;
		this.optimal = optimal;
		this.assignments = assignments;
		this.affinities = affinities;
		this.calls = calls;
		this.mailer = mailer;
		this.audit = audit;
		this.evaluationStart = evaluationStart;
		this.clock = clock;
	}

	/**
	 * Proposes the optimal assignment; after the release it keeps every pair sent to a reviewer and not declined, and
	 * fills only the gaps, e-mailing the reviewers it adds.
	 * @throws EvaluationRefusedException once the call is decided, or when there is no proposal or reviewer
	 */
	public void propose(long callId, String staffEmail) {
		Settings call = requireUndecided(callId);
		Map<Long, List<String>> added = optimal.propose(call, staffEmail);
		if (call.released()) {
			mail(callId, added);
		}
	}

	/**
	 * Adds a reviewer to a proposal by hand.
	 * @throws EvaluationRefusedException when it would break a rule of {@link HandChange}
	 */
	public void add(long callId, long proposalId, long reviewerId, String staffEmail) {
		Settings call = requireUndecided(callId);
		ProposalText proposal = model.proposals(callId).stream()
			.filter(candidate -> candidate.id() == proposalId)
			.findFirst()
			.orElseThrow(() -> new EvaluationRefusedException("evaluation.assignment.unknown"));
		PoolReviewer reviewer = model.pool(callId).stream()
			.filter(candidate -> candidate.id() == reviewerId)
			.findFirst()
			.orElse(null);
		String name = reviewer != null ? reviewer.name()
				: users.findById(reviewerId).map(PortalUser::getFullName).orElse(String.valueOf(reviewerId));
		List<ReviewAssignment> pairs = assignments.findByCallId(callId);
		Set<Long> conflicts = model.conflicts(callId);
		ReviewAssignment existing = pairs.stream()
			.filter(pair -> pair.getProposalId() == proposalId && pair.getReviewerId() == reviewerId)
			.findFirst()
			.orElse(null);
		int proposalReviewers = (int) pairs.stream()
			.filter(pair -> pair.getProposalId() == proposalId && pair.active()
					&& !conflicts.contains(AssignmentReadModel.key(proposalId, pair.getReviewerId())))
			.count();
		int load = (int) pairs.stream().filter(pair -> pair.getReviewerId() == reviewerId && pair.active()).count();
		HandChange.checkAddition(new HandChange.Addition(name, proposal.acronym(), reviewer != null,
				conflicts.contains(AssignmentReadModel.key(proposalId, reviewerId)),
				existing != null && !existing.active(), existing != null, proposalReviewers,
				call.reviewersPerProposal(), load,
				reviewer == null ? 0 : reviewer.maximum(call.maxProposalsPerReviewer())));
		double pairAffinity = affinities.of(List.of(proposal), model.pool(callId)).of(proposalId, reviewerId);
		assignments.save(new ReviewAssignment(proposalId, reviewerId,
				BigDecimal.valueOf(AssignmentProblem.micros(pairAffinity), 6), true, clock));
		audit.record(staffEmail, "ASSIGNMENT_CHANGED", "proposal", proposalId, "reviewer " + reviewerId + " added");
		if (call.released()) {
			mail(callId, Map.of(reviewerId, List.of(proposal.acronym() + " · " + proposal.title())));
		}
	}

	/**
	 * Takes a reviewer off a proposal.
	 * @throws EvaluationRefusedException once the call is decided, or when the reviewer has started the review
	 */
	public void remove(long callId, long proposalId, long reviewerId, String staffEmail) {
		requireUndecided(callId);
		if (model.proposals(callId).stream().noneMatch(proposal -> proposal.id() == proposalId)) {
			throw new EvaluationRefusedException("evaluation.assignment.unknown");
		}
		HandChange.checkRemoval(model.started(callId).contains(AssignmentReadModel.key(proposalId, reviewerId)));
		assignments.findById(new ProposalReviewerId(proposalId, reviewerId)).ifPresent(pair -> {
			assignments.delete(pair);
			audit.record(staffEmail, "ASSIGNMENT_CHANGED", "proposal", proposalId, "reviewer " + reviewerId + " removed");
		});
	}

	/**
	 * Releases the assignment: the call goes into evaluation and each reviewer is e-mailed the proposals they review.
	 * @throws EvaluationRefusedException when it is released already or assigns nobody
	 */
	public void release(long callId, String staffEmail) {
		Settings call = requireUndecided(callId);
		if (call.released()) {
			throw new EvaluationRefusedException("evaluation.assignment.released");
		}
		Set<Long> conflicts = model.conflicts(callId);
		Map<Long, String> labels = new LinkedHashMap<>();
		model.proposals(callId).forEach(proposal -> labels.put(proposal.id(), proposal.acronym() + " · " + proposal.title()));
		Map<Long, List<String>> lists = new LinkedHashMap<>();
		assignments.findByCallId(callId).stream()
			.filter(pair -> pair.getResponse() != AssignmentResponse.DECLINED && labels.containsKey(pair.getProposalId())
					&& !conflicts.contains(AssignmentReadModel.key(pair.getProposalId(), pair.getReviewerId())))
			.forEach(pair -> lists.computeIfAbsent(pair.getReviewerId(), id -> new ArrayList<>())
				.add(labels.get(pair.getProposalId())));
		if (lists.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.empty");
		}
		evaluationStart.startUnlessStarted(callId, staffEmail);
		Call released = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		released.releaseAssignment(clock);
		mail(callId, lists);
		audit.record(staffEmail, "ASSIGNMENT_RELEASED", "call", callId, lists.size() + " reviewers e-mailed");
	}

	private void mail(long callId, Map<Long, List<String>> lists) {
		Call call = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		model.pool(callId).stream().filter(reviewer -> lists.containsKey(reviewer.id())).forEach(reviewer -> {
			Locale locale = reviewer.locale();
			mailer.send(reviewer.email(), locale, "reviewer-assignment", Map.of("name", reviewer.name(), "call",
					call.getCode() + " · " + call.getTitle(locale), "proposals", lists.get(reviewer.id())));
		});
	}

	private Settings requireUndecided(long callId) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		return call;
	}
}
