package health.flanders.portal.web.partnering;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;

/** Whether a session has partnering on, for the session's page to link to it: {@code ${@partneringEvents.isOn(id)}}. */
@Component("partneringEvents")
public class PartneringEvents {

	private final PartneringEventRepository events;

	PartneringEvents(PartneringEventRepository events) {
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean isOn(long sessionId) {
		return events.findById(sessionId).map(PartneringEvent::isEnabled).orElse(false);
	}
}
