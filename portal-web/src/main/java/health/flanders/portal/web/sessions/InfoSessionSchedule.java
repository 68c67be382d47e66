package health.flanders.portal.web.sessions;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;

/** The information sessions of every call, for the public. */
@Service
@Transactional(readOnly = true)
public class InfoSessionSchedule {

	private final InfoSessionRepository sessions;

	InfoSessionSchedule(InfoSessionRepository sessions) {
		this.sessions = sessions;
	}

	/** All sessions, the latest first. */
	public List<InfoSessionView> all() {
		return sessions.findAllWithCall().stream().map(InfoSessionSchedule::toView).toList();
	}

	public List<InfoSessionView> ofCall(long callId) {
		return sessions.findByCallIdOrderByStartsAt(callId).stream().map(InfoSessionSchedule::toView).toList();
	}

	private static InfoSessionView toView(InfoSession session) {
		return new InfoSessionView(session.getId(), session.getTitle(), session.getStartsAt(), session.getEndsAt(),
				session.getFormat(), session.getVenue(), session.getAddress(), session.getCapacity(),
				session.getCapacity(), session.getCall() == null ? null : session.getCall().getId(),
				session.getCall() == null ? null : session.getCall().getTitle());
	}
}
