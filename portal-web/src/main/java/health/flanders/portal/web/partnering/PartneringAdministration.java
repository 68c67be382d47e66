package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.matching.partnering.PartneringProblem;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * What admins set for a session's partnering: on or off, its window, meetings, tables, limit, video link and when its
 * requests close by themselves.
 */
@Service
class PartneringAdministration {

	private final InfoSessionRepository sessions;

	private final PartneringEventRepository events;

	private final Clock clock;

	PartneringAdministration(InfoSessionRepository sessions, PartneringEventRepository events, Clock clock) {
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/** The session as the settings page names it. */
	record SessionFacts(long id, String title, Instant startsAt, Instant endsAt, SessionFormat format) {

		public boolean online() {
			return format != SessionFormat.IN_PERSON;
		}

		public LocalDate day() {
			return startsAt.atZone(BrusselsTime.ZONE).toLocalDate();
		}
	}

	@Transactional(readOnly = true)
	SessionFacts session(long sessionId) {
		InfoSession session = sessions.findById(sessionId)
			.orElseThrow(() -> new NotFoundException("information session", sessionId));
		return new SessionFacts(session.getId(), session.getTitle(), session.getStartsAt(), session.getEndsAt(),
				session.getFormat());
	}

	/** The settings as saved, or a proposal for a session without any: the two hours after it ends. */
	@Transactional(readOnly = true)
	PartneringSettingsForm formOf(long sessionId) {
		SessionFacts session = session(sessionId);
		PartneringSettingsForm form = new PartneringSettingsForm();
		events.findById(sessionId).ifPresentOrElse(event -> {
			form.setEnabled(event.isEnabled());
			form.setWindowStart(time(event.getWindowStartsAt()));
			form.setWindowEnd(time(event.getWindowEndsAt()));
			form.setMeetingMinutes(event.getMeetingMinutes());
			form.setTables(event.getTableCount());
			form.setRequestLimit(event.getRequestLimit());
			form.setVideoLinkBase(event.getVideoLinkBase() == null ? "" : event.getVideoLinkBase());
			form.setRequestsCloseAt(event.getRequestsCloseAt() == null ? null
					: LocalDateTime.ofInstant(event.getRequestsCloseAt(), BrusselsTime.ZONE));
			form.setVersion(event.getVersion());
		}, () -> {
			LocalTime end = time(session.endsAt());
			boolean fits = end.isBefore(LocalTime.of(22, 0)) && session.day().equals(
					session.endsAt().atZone(BrusselsTime.ZONE).toLocalDate());
			form.setWindowStart(fits ? end : LocalTime.of(16, 0));
			form.setWindowEnd(fits ? end.plusHours(2) : LocalTime.of(18, 0));
		});
		return form;
	}

	/** When the session's requests close by themselves, as saved; null when only by hand. */
	@Transactional(readOnly = true)
	Instant requestsCloseAt(long sessionId) {
		return events.findById(sessionId).map(PartneringEvent::getRequestsCloseAt).orElse(null);
	}

	/** When the session's requests were closed, by an admin or by themselves; null while they are open. */
	@Transactional(readOnly = true)
	Instant requestsClosedAt(long sessionId) {
		return events.findById(sessionId).map(PartneringEvent::getRequestsClosedAt).orElse(null);
	}

	/** Whether partnering is on for the session (as saved). */
	@Transactional(readOnly = true)
	boolean isEnabled(long sessionId) {
		return events.findById(sessionId).map(PartneringEvent::isEnabled).orElse(false);
	}

	/** The rules of fields taken together, beside the field they concern. */
	@Transactional(readOnly = true)
	void check(long sessionId, PartneringSettingsForm form, Errors errors) {
		SessionFacts session = session(sessionId);
		if (form.getMeetingMinutes() != null && form.getMeetingMinutes() != 15 && form.getMeetingMinutes() != 20) {
			errors.rejectValue("meetingMinutes", "partnering.admin.meetingMinutes.choice");
		}
		if (form.getWindowStart() != null && form.getWindowEnd() != null && form.getMeetingMinutes() != null) {
			if (!form.getWindowEnd().isAfter(form.getWindowStart())) {
				errors.rejectValue("windowEnd", "partnering.admin.windowEnd.afterStart");
			}
			else if (Duration.between(form.getWindowStart(), form.getWindowEnd())
				.toMinutes() < form.getMeetingMinutes()) {
				errors.rejectValue("windowEnd", "partnering.admin.windowEnd.oneMeeting");
			}
			else if (Duration.between(form.getWindowStart(), form.getWindowEnd()).toMinutes()
					/ form.getMeetingMinutes() > PartneringProblem.MAX_SLOTS) {
				errors.rejectValue("windowEnd", "partnering.admin.windowEnd.tooLong",
						new Object[] { PartneringProblem.MAX_SLOTS }, null);
			}
		}
		if (form.getRequestsCloseAt() != null) {
			checkClosing(sessionId, session, form, errors);
		}
		String link = form.getVideoLinkBase() == null ? "" : form.getVideoLinkBase().strip();
		if (form.isEnabled() && session.online() && link.isEmpty()) {
			errors.rejectValue("videoLinkBase", "partnering.admin.videoLinkBase.required");
		}
		if (!session.online() && !link.isEmpty()) {
			errors.rejectValue("videoLinkBase", "partnering.admin.videoLinkBase.inPerson");
		}
	}

	/**
	 * Saves the settings as the admin saw them.
	 * @throws ObjectOptimisticLockingFailureException when someone changed them meanwhile
	 */
	@Transactional
	void save(long sessionId, PartneringSettingsForm form) {
		SessionFacts session = session(sessionId);
		PartneringEvent event = events.findById(sessionId).orElse(null);
		if (event == null) {
			event = new PartneringEvent(sessionId, clock);
		}
		else if (event.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PartneringEvent.class, sessionId);
		}
		LocalDate day = session.day();
		event.configure(form.isEnabled(), windowStart(session, form),
				day.atTime(form.getWindowEnd()).atZone(BrusselsTime.ZONE).toInstant(), form.getMeetingMinutes(),
				form.getTables(), form.getRequestLimit(), session.online() ? form.getVideoLinkBase() : null, clock);
		event.closeRequestsAt(closeAt(form), clock);
		events.saveAndFlush(event);
	}

	/**
	 * The automatic closing comes before the meetings begin, and a new one (not the one saved) is still to come: an
	 * instant already past would close the requests at once, which the button does openly.
	 */
	private void checkClosing(long sessionId, SessionFacts session, PartneringSettingsForm form, Errors errors) {
		Instant closeAt = closeAt(form);
		if (form.getWindowStart() != null && !closeAt.isBefore(windowStart(session, form))) {
			errors.rejectValue("requestsCloseAt", "partnering.admin.requestsCloseAt.beforeWindow");
		}
		else if (!closeAt.equals(requestsCloseAt(sessionId)) && !closeAt.isAfter(clock.instant())) {
			errors.rejectValue("requestsCloseAt", "partnering.admin.requestsCloseAt.future");
		}
	}

	private static Instant windowStart(SessionFacts session, PartneringSettingsForm form) {
		return session.day().atTime(form.getWindowStart()).atZone(BrusselsTime.ZONE).toInstant();
	}

	private static Instant closeAt(PartneringSettingsForm form) {
		return form.getRequestsCloseAt() == null ? null : form.getRequestsCloseAt().atZone(BrusselsTime.ZONE).toInstant();
	}

	private static LocalTime time(Instant instant) {
		return instant.atZone(BrusselsTime.ZONE).toLocalTime();
	}
}
