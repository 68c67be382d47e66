package health.flanders.portal.web.evaluation;

import java.time.Instant;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * The review deadline of a call as staff see and set it on the evaluation page. The call's own rule decides whether
 * it may change (see {@link Call#changeReviewDeadline}); the reminders follow the deadline as it stands.
 */
@Service
public class ReviewDeadlines {

	private final CallRepository calls;

	private final AuditTrail audit;

	ReviewDeadlines(CallRepository calls, AuditTrail audit) {
		this.calls = calls;
		this.audit = audit;
	}

	/** What the evaluation page shows of a call's review deadline. */
	public record ReviewDeadline(long callId, Instant deadline, Instant submissionDeadline, boolean decided) {
	}

	@Transactional(readOnly = true)
	public ReviewDeadline of(long callId) {
		Call call = find(callId);
		return new ReviewDeadline(callId, call.getReviewDeadline(), call.getDeadline(),
				call.getStatus() == CallStatus.DECIDED);
	}

	/**
	 * Sets or moves the review deadline to this Brussels time (a time daylight saving skips is read as the hour after)
	 * and records who did it.
	 * @return the review deadline now
	 * @throws health.flanders.portal.call.CallChangeRefusedException once the call is decided, or when the time is not
	 * after the submission deadline
	 */
	@Transactional
	public Instant change(long callId, LocalDateTime brusselsTime, String staffEmail) {
		Call call = find(callId);
		Instant previous = call.getReviewDeadline();
		call.changeReviewDeadline(brusselsTime.atZone(BrusselsTime.ZONE).toInstant());
		if (!call.getReviewDeadline().equals(previous)) {
			audit.record(staffEmail, previous == null ? "REVIEW_DEADLINE_SET" : "REVIEW_DEADLINE_MOVED", "call", callId,
					(previous == null ? "" : previous + " -> ") + call.getReviewDeadline());
		}
		return call.getReviewDeadline();
	}

	private Call find(long callId) {
		return calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
	}
}
