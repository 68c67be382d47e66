package health.flanders.portal.web.reviews;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.Review;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.call.evaluation.ReviewRepository;
import health.flanders.portal.call.evaluation.ReviewScore;
import health.flanders.portal.call.proposal.ProposalNotFoundException;

/**
 * The reviews of one reviewer, reached only at the reading step (see {@link ReviewerWorklist}); anything else is a
 * 404, whatever they ask for. A review is a draft until submitted, then locked; only then does the reviewer see the
 * other submitted reviews of the proposal.
 */
@Service
@Transactional
public class Reviews {

	private final ReviewerWorklist worklist;

	private final ReviewRepository reviews;

	private final ReviewAssignmentRepository assignments;

	private final AuditTrail audit;

	private final Clock clock;

	Reviews(ReviewerWorklist worklist, ReviewRepository reviews, ReviewAssignmentRepository assignments,
			AuditTrail audit, Clock clock) {
		this.worklist = worklist;
		this.reviews = reviews;
		this.assignments = assignments;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens the proposal's text to the reviewer, recording the first time they opened it.
	 * @return where they are on it
	 * @throws ProposalNotFoundException when they may not read it (yet)
	 */
	public ReviewerWorklist.Line open(long proposalId, long reviewerId) {
		ReviewerWorklist.Line line = worklist.reading(proposalId, reviewerId);
		assignments.findByProposalIdAndReviewerId(proposalId, reviewerId).ifPresent(pair -> pair.open(clock));
		return line;
	}

	/** The reviewer's review of the proposal, a new unsaved one when they saved none. */
	@Transactional(readOnly = true)
	public Review reviewOf(long proposalId, long reviewerId) {
		return reviews.findByProposalIdAndReviewerId(proposalId, reviewerId)
			.orElseGet(() -> new Review(proposalId, reviewerId, clock));
	}

	/** The other submitted reviews of the proposal, without names; only for a reviewer who submitted theirs. */
	@Transactional(readOnly = true)
	public List<Review> othersFor(long proposalId, long reviewerId) {
		if (!reviewOf(proposalId, reviewerId).isSubmitted()) {
			return List.of();
		}
		return reviews.findSubmittedByOthers(proposalId, reviewerId);
	}

	/**
	 * Why the reviewer cannot save from a page that showed this version of their review, if they cannot.
	 * @return the message code, or null when they can
	 */
	@Transactional(readOnly = true)
	public String refusalToChange(long proposalId, long reviewerId, long seenVersion) {
		return reviewOf(proposalId, reviewerId).refusalToChange(seenVersion);
	}

	/**
	 * Saves the review as a draft, or submits it (which locks it).
	 * @param seenVersion the version the reviewer's page showed ({@link Review#UNSAVED} for a new review)
	 * @throws EvaluationRefusedException when it is submitted already, changed since that version (here or, at the
	 * same moment, in another window), or submitted with a criterion not scored and explained
	 * @throws ProposalNotFoundException when the reviewer may not read the proposal
	 */
	public void save(long proposalId, long reviewerId, long seenVersion, Map<Long, ReviewScore> scores, boolean submit,
			String reviewerEmail) {
		worklist.reading(proposalId, reviewerId);
		Review review = reviewOf(proposalId, reviewerId);
		if (submit) {
			review.submit(seenVersion, scores, clock);
		}
		else {
			review.saveDraft(seenVersion, scores, clock);
		}
		try {
			review = reviews.saveAndFlush(review);
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// Another window saved between our read and our write: the version, or the unique pair, tells.
			throw new EvaluationRefusedException("review.stale");
		}
		if (submit) {
			audit.record(reviewerEmail, "REVIEW_SUBMITTED", "proposal", proposalId, "review " + review.getId());
		}
	}
}
