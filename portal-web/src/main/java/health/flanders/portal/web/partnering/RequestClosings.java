package health.flanders.portal.web.partnering;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import health.flanders.portal.call.partnering.PartneringEventRepository;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Closes the requests of each session whose automatic closing an admin set and whose instant has come, and schedules
 * its accepted meetings as the admin's button does; the agenda e-mails leave after each session's commit. The job runs
 * on every portal instance, one at a time (ShedLock); what makes each session close once, also when a run meets
 * another or an admin's close, is the check of its locked row in the transaction that closes it
 * ({@link PartneringSchedule#closeIfDue(long)}). One session's failure leaves the others to close and is tried again
 * on the next run.
 */
@Component
public class RequestClosings {

	private static final Logger log = LoggerFactory.getLogger(RequestClosings.class);

	private final PartneringEventRepository events;

	private final PartneringSchedule schedule;

	private final Clock clock;

	RequestClosings(PartneringEventRepository events, PartneringSchedule schedule, Clock clock) {
		this.events = events;
		this.schedule = schedule;
		this.clock = clock;
	}

	/** Every minute, so that requests close soon after their instant. Returns nothing: ShedLock locks only void. */
	@Scheduled(initialDelayString = "${icon.partnering.request-closings.interval:PT1M}",
			fixedDelayString = "${icon.partnering.request-closings.interval:PT1M}")
	@SchedulerLock(name = "partnering-request-closings", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void closeRequests() {
		int closed = closeDue();
		if (closed > 0) {
			log.info("Closed the partnering requests of {} sessions and scheduled their meetings", closed);
		}
	}

	/**
	 * Closes and schedules each session due now, each in its own transaction, and says how many this run closed.
	 * Without the job's lock: a session another run (or an admin) closed meanwhile is left alone.
	 */
	public int closeDue() {
		int closed = 0;
		for (long sessionId : events.findClosingBy(clock.instant())) {
			try {
				if (schedule.closeIfDue(sessionId).isPresent()) {
					closed++;
				}
			}
			catch (RuntimeException ex) {
				log.error("Could not close the partnering requests of session {}; tried again on the next run",
						sessionId, ex);
			}
		}
		return closed;
	}
}
