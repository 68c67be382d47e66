package health.flanders.portal.web.sessions;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.session.Attendance;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.Registration;
import health.flanders.portal.call.session.RegistrationRepository;
import health.flanders.portal.call.session.RegistrationStatus;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.mail.Attachment;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.LinkTokens;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Registrations for information sessions. A registration locks its session's row, so registrations for one session
 * take seats one at a time, in arrival order: confirmed while seats are left, otherwise on the waiting list. A seat
 * that comes free (a cancellation, more seats) goes to the first who waits. Every e-mail leaves after the transaction
 * commits.
 */
@Service
public class SessionRegistrations {

	private static final Logger log = LoggerFactory.getLogger(SessionRegistrations.class);

	private final InfoSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final Mailer mailer;

	private final SessionCalendar calendar;

	private final Clock clock;

	private final Duration retention;

	SessionRegistrations(InfoSessionRepository sessions, RegistrationRepository registrations, Mailer mailer,
			SessionCalendar calendar, Clock clock,
			@Value("${icon.sessions.registration-retention}") Duration retention) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.mailer = mailer;
		this.calendar = calendar;
		this.clock = clock;
		this.retention = retention;
	}

	/** What a person asks for; {@code attendance} may be null for a session with one way of attending. */
	public record Request(String name, String email, String organisation, boolean consentConnect,
			Attendance attendance, Locale language) {
	}

	/**
	 * The registration as it stands, whether it was made now ({@code created}) or earlier with the same address; kept
	 * in the session for the page after the redirect.
	 */
	public record Outcome(long id, RegistrationStatus status, Integer waitlistPosition, boolean created)
			implements Serializable {
	}

	/**
	 * Registers a person, or returns their registration when the address is registered already.
	 * @throws NotFoundException when there is no such session
	 * @throws RegistrationClosedException after the registration deadline, or when the session is cancelled
	 * @throws AttendanceNotOfferedException when the session is not held that way (online for a session in a room)
	 */
	@Transactional
	public Outcome register(long sessionId, Request request) {
		InfoSession session = sessions.findForUpdate(sessionId)
			.orElseThrow(() -> new NotFoundException("information session", sessionId));
		String email = request.email().strip().toLowerCase(Locale.ROOT);
		Optional<Registration> existing = registrations.findBySessionIdAndEmail(sessionId, email);
		if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
			return outcome(existing.get(), false);
		}
		if (!session.isOpenForRegistration(clock.instant())) {
			throw new RegistrationClosedException();
		}
		Attendance attendance = request.attendance() != null ? request.attendance()
				: session.getFormat() == SessionFormat.ONLINE ? Attendance.ONLINE : Attendance.IN_PERSON;
		if (!session.offers(attendance)) {
			throw new AttendanceNotOfferedException();
		}
		// Seats that came free while people waited are theirs before anyone new gets one.
		fillFreeSeats(session);
		existing.ifPresent(cancelled -> {
			registrations.delete(cancelled);
			registrations.flush();
		});
		String token = LinkTokens.newToken();
		boolean seat = session.takeSeat(attendance);
		Registration registration = registrations.saveAndFlush(new Registration(session, attendance, request.name(),
				email, request.organisation(), request.consentConnect(), request.language(), LinkTokens.hash(token), seat, clock));
		Outcome outcome = outcome(registration, true);
		mailConfirmation(registration, outcome, token);
		return outcome;
	}

	/** The registration of this cancel link, if it is still active. */
	@Transactional(readOnly = true)
	public Optional<Registration> findActive(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return registrations.findByCancelTokenHash(LinkTokens.hash(token))
			.filter(registration -> registration.getStatus() != RegistrationStatus.CANCELLED);
	}

	/**
	 * Cancels the registration of this personal link. A seat it held goes to the first on the waiting list, who is
	 * told by e-mail. Returns false when the link is unknown or the registration was cancelled already.
	 */
	@Transactional
	public boolean cancel(String token) {
		Optional<Registration> found = findActive(token);
		if (found.isEmpty()) {
			return false;
		}
		InfoSession session = sessions.findForUpdate(found.get().getSession().getId()).orElseThrow();
		Registration registration = registrations.findById(found.get().getId()).orElseThrow();
		if (registration.getStatus() == RegistrationStatus.CANCELLED) {
			return false;
		}
		boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
		registration.cancel(clock);
		if (hadSeat) {
			session.releaseSeat(registration.getAttendance());
			fillFreeSeats(session);
		}
		return true;
	}

	/**
	 * Gives a session's free seats to its waiting lists, the first in line first, and e-mails each person promoted (in
	 * their language, after the caller's transaction commits). The caller holds the session's row lock
	 * ({@link InfoSessionRepository#findForUpdate}), so no registration takes a seat meanwhile and no seat is given
	 * twice; nobody is promoted into a session that is cancelled or over. Returns how many got a seat.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int fillFreeSeats(InfoSession session) {
		if (!session.takesFromWaitingList(clock.instant())) {
			return 0;
		}
		int promoted = 0;
		for (Attendance attendance : Attendance.values()) {
			if (!session.offers(attendance) || session.seatsLeft(attendance) <= 0) {
				continue;
			}
			for (Registration next : registrations.findBySessionIdAndAttendanceAndStatusOrderByArrival(session.getId(),
					attendance, RegistrationStatus.WAITLISTED, Limit.of(session.seatsLeft(attendance)))) {
				if (!promote(session, next)) {
					break;
				}
				promoted++;
			}
		}
		return promoted;
	}

	/**
	 * Registrations are personal data: they are erased once the retention period after their session has passed.
	 * Every instance's schedule fires at the same time; one of them erases. It returns nothing: ShedLock cannot lock
	 * a method that returns a primitive.
	 */
	@Scheduled(cron = "${icon.sessions.erasure-cron:0 15 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "session-registrations-erasure", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	@Transactional
	public void eraseOldRegistrations() {
		int erased = registrations.deleteOfSessionsEndedBefore(clock.instant().minus(retention));
		if (erased > 0) {
			log.info("Erased {} registrations of sessions that ended more than {} ago", erased, retention);
		}
	}

	public Duration retention() {
		return retention;
	}

	/** Gives this person on the waiting list a seat, if one of their kind is left, and tells them. */
	private boolean promote(InfoSession session, Registration next) {
		if (!session.takeSeat(next.getAttendance())) {
			return false;
		}
		next.confirm();
		// A new personal link: the old one was only ever in the person's mailbox, and it still works too.
		mailer.send(next.getEmail(), next.getLanguage(), "session-promoted",
				Map.of("name", next.getName(), "session", session),
				new Attachment("icon-session-" + session.getId() + ".ics", "text/calendar; charset=UTF-8",
						calendar.of(session, true)));
		return true;
	}

	private void mailConfirmation(Registration registration, Outcome outcome, String token) {
		InfoSession session = registration.getSession();
		Map<String, Object> variables = Map.of("name", registration.getName(), "session", session, "token", token,
				"position", outcome.waitlistPosition() == null ? 0 : outcome.waitlistPosition());
		if (outcome.status() == RegistrationStatus.CONFIRMED) {
			mailer.send(registration.getEmail(), registration.getLanguage(), "session-confirmed", variables,
					new Attachment("icon-session-" + session.getId() + ".ics", "text/calendar; charset=UTF-8",
							calendar.of(session, true)));
		}
		else {
			mailer.send(registration.getEmail(), registration.getLanguage(), "session-waitlisted", variables);
		}
	}

	private Outcome outcome(Registration registration, boolean created) {
		Integer position = registration.getStatus() == RegistrationStatus.WAITLISTED
				? (int) registrations.waitlistPosition(registration.getSession().getId(), registration.getAttendance(),
						registration.getArrival())
				: null;
		return new Outcome(registration.getId(), registration.getStatus(), position, created);
	}



	/** Registration for this session is closed: its deadline passed, it started, or it was cancelled. */
	public static class RegistrationClosedException extends RuntimeException {

		RegistrationClosedException() {
			super("Registration for this session is closed");
		}
	}

	/** The session is not held this way (online for a session in a room, or the other way round). */
	public static class AttendanceNotOfferedException extends RuntimeException {

		AttendanceNotOfferedException() {
			super("This session is not held that way");
		}
	}
}
