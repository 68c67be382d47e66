package health.flanders.portal.web.sessions;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;

/** The information sessions of every call, for the public. */
@Service
@Transactional(readOnly = true)
public class InfoSessionSchedule {

	private final InfoSessionRepository sessions;

	private final SessionCalendar calendar;

	private final Clock clock;

	InfoSessionSchedule(InfoSessionRepository sessions, SessionCalendar calendar, Clock clock) {
		this.sessions = sessions;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Every session: the upcoming ones first, the soonest first; then the past ones, the latest first. */
	public List<InfoSessionView> all() {
		return upcomingFirst(sessions.findAllWithCall());
	}

	/** The sessions that have not ended yet (cancelled ones too, marked so), the soonest first. */
	public List<InfoSessionView> upcoming() {
		return sessions.findNotEndedWithCall(clock.instant()).stream().map(InfoSessionSchedule::toView).toList();
	}

	/** One session. */
	public InfoSessionView get(long id) {
		return sessions.findById(id)
			.map(InfoSessionSchedule::toView)
			.orElseThrow(() -> new NotFoundException("information session", id));
	}

	/** One session as iCalendar, without the online link (that is for confirmed registrants only). */
	public byte[] calendarOf(long id) {
		return calendar.of(sessions.findById(id).orElseThrow(() -> new NotFoundException("information session", id)),
				false);
	}

	/** The sessions that have not ended yet and are not cancelled, as an iCalendar feed. */
	public byte[] upcomingCalendar() {
		return calendar.feed(sessions.findNotEndedWithCall(clock.instant())
			.stream()
			.filter(session -> session.getCancelledAt() == null)
			.toList());
	}

	/** The sessions of one call, in the order of {@link #all()}. */
	public List<InfoSessionView> ofCall(long callId) {
		return upcomingFirst(sessions.findByCallIdOrderByStartsAt(callId));
	}

	private List<InfoSessionView> upcomingFirst(List<InfoSession> found) {
		return found.stream()
			.map(InfoSessionSchedule::toView)
			.sorted(InfoSessionView.upcomingFirst(clock.instant()))
			.toList();
	}

	private static InfoSessionView toView(InfoSession session) {
		return new InfoSessionView(session.getId(), session.getTitle(), session.getStartsAt(), session.getEndsAt(),
				session.getFormat(), session.getVenue(), session.getAddress(), session.getCapacity(),
				session.getOnlineCapacity(), session.seatsLeft(), session.getRegistrationDeadline(),
				session.getCancelledAt() != null, session.getCall() == null ? null : session.getCall().getId(),
				session.getCall() == null ? null : session.getCall().getTitle());
	}
}
