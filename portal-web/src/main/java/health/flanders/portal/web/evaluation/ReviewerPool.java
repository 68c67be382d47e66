package health.flanders.portal.web.evaluation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.CallReviewer;
import health.flanders.portal.call.evaluation.CallReviewerId;
import health.flanders.portal.call.evaluation.CallReviewerRepository;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.evaluation.ReviewAssignmentRepository;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;

/**
 * The reviewers who take part in a call: staff add and remove them and may set a reviewer's own maximum below the
 * call's. The assignment only ever gives a call's proposals to its pool, so a reviewer of one call sees nothing of
 * another.
 */
@Service
@Transactional
public class ReviewerPool {

	private final CallReviewerRepository pool;

	private final ReviewAssignmentRepository assignments;

	private final EvaluationSettings settings;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReviewerPool(CallReviewerRepository pool, ReviewAssignmentRepository assignments, EvaluationSettings settings,
			JdbcClient jdbc, AuditTrail audit) {
		this.pool = pool;
		this.assignments = assignments;
		this.settings = settings;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A reviewer who could join the pool. */
	public record Candidate(long id, String name) {
	}

	/** The enabled reviewers not in the call's pool, by name. */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(long callId) {
		return jdbc.sql("""
				select u.id, u.full_name from users u join user_roles r on r.user_id = u.id and r.role = 'REVIEWER'
				where u.enabled and not exists (select 1 from call_reviewers cr where cr.call_id = ? and cr.reviewer_id = u.id)
				order by u.full_name, u.id""")
			.param(callId)
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** @throws EvaluationRefusedException once decided, or when the user is not an enabled reviewer */
	public void add(long callId, long reviewerId, String staffEmail) {
		requireUndecided(callId);
		if (candidates(callId).stream().noneMatch(candidate -> candidate.id() == reviewerId)) {
			throw new EvaluationRefusedException("evaluation.pool.notAReviewer");
		}
		pool.save(new CallReviewer(callId, reviewerId));
		audit.record(staffEmail, "REVIEWER_POOL_CHANGED", "call", callId, "reviewer " + reviewerId + " added");
	}

	/** @throws EvaluationRefusedException once decided, or while the reviewer has proposals of the call */
	public void remove(long callId, long reviewerId, String staffEmail) {
		requireUndecided(callId);
		CallReviewer member = member(callId, reviewerId);
		if (load(callId, reviewerId) > 0) {
			throw new EvaluationRefusedException("evaluation.pool.assigned");
		}
		pool.delete(member);
		audit.record(staffEmail, "REVIEWER_POOL_CHANGED", "call", callId, "reviewer " + reviewerId + " removed");
	}

	/**
	 * Sets the reviewer's own maximum, or clears it (null).
	 * @throws EvaluationRefusedException once decided, out of 1 to the call's maximum, or below what they review now
	 */
	public void limit(long callId, long reviewerId, Integer maximum, String staffEmail) {
		Settings call = requireUndecided(callId);
		CallReviewer member = member(callId, reviewerId);
		member.limitTo(maximum, call.maxProposalsPerReviewer());
		int load = load(callId, reviewerId);
		if (maximum != null && maximum < load) {
			throw new EvaluationRefusedException("evaluation.pool.belowLoad", load);
		}
		audit.record(staffEmail, "REVIEWER_POOL_CHANGED", "call", callId,
				"reviewer " + reviewerId + " maximum " + (maximum == null ? "the call's" : maximum));
	}

	private CallReviewer member(long callId, long reviewerId) {
		return pool.findById(new CallReviewerId(callId, reviewerId))
			.orElseThrow(() -> new EvaluationRefusedException("evaluation.pool.notInPool"));
	}

	private int load(long callId, long reviewerId) {
		return (int) assignments.findByCallId(callId).stream()
			.filter(pair -> pair.getReviewerId() == reviewerId && pair.active())
			.count();
	}

	private Settings requireUndecided(long callId) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		return call;
	}
}
