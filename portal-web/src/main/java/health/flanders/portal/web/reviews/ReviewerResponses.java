package health.flanders.portal.web.reviews;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.AssignmentResponse;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.ReviewAssignment;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.call.evaluation.ReviewRepository;
import health.flanders.portal.call.evaluation.ReviewerUndertakingRepository;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.web.evaluation.ReviewerConflicts;
import health.flanders.portal.web.reviews.ReviewerWorklist.Line;
import health.flanders.portal.web.reviews.ReviewerWorklist.Step;

/**
 * The steps a reviewer takes before reading a proposal: accept or decline it, declare their conflicts of interest,
 * and accept the call's confidentiality undertaking. Each is audited; a proposal the reviewer may not open is a 404.
 */
@Service
@Transactional
public class ReviewerResponses {

	private final ReviewerWorklist worklist;

	private final ReviewAssignmentRepository assignments;

	private final ReviewRepository reviews;

	private final ReviewerUndertakingRepository undertakings;

	private final ReviewerConflicts conflicts;

	private final AuditTrail audit;

	private final Clock clock;

	ReviewerResponses(ReviewerWorklist worklist, ReviewAssignmentRepository assignments, ReviewRepository reviews,
			ReviewerUndertakingRepository undertakings, ReviewerConflicts conflicts, AuditTrail audit, Clock clock) {
		this.worklist = worklist;
		this.assignments = assignments;
		this.reviews = reviews;
		this.undertakings = undertakings;
		this.conflicts = conflicts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The reviewer takes the proposal on; accepting twice changes nothing. */
	public void accept(long proposalId, long reviewerId, String reviewerEmail) {
		ReviewAssignment assignment = assignmentOf(proposalId, reviewerId);
		if (assignment.getResponse() == AssignmentResponse.PENDING) {
			assignment.accept(clock);
			audit.record(reviewerEmail, "ASSIGNMENT_ACCEPTED", "proposal", proposalId, "");
		}
	}

	/**
	 * The reviewer gives the proposal back, saying why; they no longer reach it afterwards.
	 * @throws EvaluationRefusedException without a reason, or once they saved a review of it
	 */
	public void decline(long proposalId, long reviewerId, String reason, String reviewerEmail) {
		ReviewAssignment assignment = assignmentOf(proposalId, reviewerId);
		assignment.decline(reason, reviews.existsByProposalIdAndReviewerId(proposalId, reviewerId), clock);
		audit.record(reviewerEmail, "ASSIGNMENT_DECLINED", "proposal", proposalId,
				"reason: " + assignment.getDeclineReason());
	}

	/**
	 * Records the reviewer's declaration of conflicts on a proposal they accepted.
	 * @throws EvaluationRefusedException before they accepted it, or when they declared already
	 */
	public void declare(long proposalId, long reviewerId, boolean inConflict, String reason, String reviewerEmail) {
		if (worklist.reach(proposalId, reviewerId).step() == Step.RESPOND) {
			throw new EvaluationRefusedException("review.response.first");
		}
		conflicts.declare(proposalId, reviewerId, inConflict, reason, reviewerEmail);
	}

	/**
	 * The reviewer accepts the confidentiality undertaking of the proposal's call; accepting twice changes nothing.
	 * @throws EvaluationRefusedException before they accepted the proposal and declared no conflict with it
	 */
	public void acceptUndertaking(long proposalId, long reviewerId, String reviewerEmail) {
		Line line = worklist.reach(proposalId, reviewerId);
		if (line.step() == Step.RESPOND) {
			throw new EvaluationRefusedException("review.response.first");
		}
		if (line.step() == Step.DECLARE) {
			throw new EvaluationRefusedException("review.declaration.first");
		}
		if (line.step() == Step.UNDERTAKE && undertakings.acceptOnce(line.callId(), reviewerId, clock.instant()) == 1) {
			audit.record(reviewerEmail, "UNDERTAKING_ACCEPTED", "call", line.callId(), "reviewer " + reviewerId);
		}
	}

	private ReviewAssignment assignmentOf(long proposalId, long reviewerId) {
		worklist.reach(proposalId, reviewerId);
		return assignments.findByProposalIdAndReviewerId(proposalId, reviewerId)
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}
}
