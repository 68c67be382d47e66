package health.flanders.portal.web.sessions;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.Registration;
import health.flanders.portal.call.session.RegistrationRepository;
import health.flanders.portal.call.session.RegistrationStatus;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.system.Csv;

/** What admins do with information sessions: plan, change and cancel them, and run them on the day. */
@Service
public class SessionAdministration {

	private final InfoSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final SessionRegistrations sessionRegistrations;

	private final CallRepository calls;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final BrusselsTime time;

	private final Clock clock;

	SessionAdministration(InfoSessionRepository sessions, RegistrationRepository registrations,
			SessionRegistrations sessionRegistrations, CallRepository calls, JdbcClient jdbc, Mailer mailer,
			BrusselsTime time, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.sessionRegistrations = sessionRegistrations;
		this.calls = calls;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.time = time;
		this.clock = clock;
	}

	/** A session in the admins' list, with its counts; {@code past} once it has ended. */
	public record Row(long id, String title, Instant startsAt, boolean cancelled, boolean past, int seats,
			long confirmed, long waiting, long checkedIn) {
	}

	/** One registration as the admin sees it. */
	public record Attendee(long id, String name, String email, String organisation, String attendance,
			RegistrationStatus status, Instant registeredAt, Instant checkedInAt, boolean consentConnect) {
	}

	/** Every session: those that have not ended first, the soonest first; then the past ones, the latest first. */
	@Transactional(readOnly = true)
	public List<Row> overview() {
		return jdbc.sql("""
				select s.id, s.title, s.starts_at, s.cancelled_at is not null as cancelled, s.ends_at <= :now as past,
				       s.capacity + coalesce(s.online_capacity, 0) as seats,
				       count(*) filter (where r.status = 'CONFIRMED') as confirmed,
				       count(*) filter (where r.status = 'WAITLISTED') as waiting,
				       count(*) filter (where r.checked_in_at is not null) as checked_in
				from info_sessions s left join info_session_registrations r on r.session_id = s.id
				group by s.id
				order by s.ends_at <= :now,
				         case when s.ends_at > :now then s.starts_at end,
				         s.starts_at desc, s.id""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.query((rs, row) -> new Row(rs.getLong("id"), rs.getString("title"),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getBoolean("cancelled"),
					rs.getBoolean("past"), rs.getInt("seats"), rs.getLong("confirmed"), rs.getLong("waiting"),
					rs.getLong("checked_in")))
			.list();
	}

	@Transactional(readOnly = true)
	public SessionForm formOf(long id) {
		InfoSession session = find(id);
		SessionForm form = new SessionForm();
		form.setTitle(session.getTitle());
		form.setStartsAt(local(session.getStartsAt()));
		form.setEndsAt(local(session.getEndsAt()));
		form.setFormat(session.getFormat());
		form.setVenue(orEmpty(session.getVenue()));
		form.setRoom(orEmpty(session.getRoom()));
		form.setAddress(orEmpty(session.getAddress()));
		form.setOnlineLink(orEmpty(session.getOnlineLink()));
		form.setCapacity(session.getCapacity());
		form.setOnlineCapacity(session.getOnlineCapacity());
		form.setRegistrationDeadline(
				session.getRegistrationDeadline() == null ? null : local(session.getRegistrationDeadline()));
		form.setLanguage(session.getLanguage());
		form.setCallId(session.getCall() == null ? null : session.getCall().getId());
		form.setVersion(session.getVersion());
		return form;
	}

	/** Plans a session; returns its id. */
	@Transactional
	public long create(SessionForm form) {
		LocalDateTime start = form.getStartsAt();
		InfoSession session = new InfoSession(null, form.getTitle().strip(), instant(start), instant(form.getEndsAt()),
				form.getFormat(), form.getFormat() == SessionFormat.ONLINE ? null : form.getVenue(), null, null,
				form.getCapacity(), clock);
		apply(session, form);
		return sessions.save(session).getId();
	}

	/**
	 * Changes a session as the admin saw it. Seats it gains go to its waiting list at once, the first in line first,
	 * each promoted person e-mailed: the session's row is locked as a registration locks it, so no newcomer takes one
	 * of those seats first. Returns how many got a seat from the waiting list.
	 * @throws ObjectOptimisticLockingFailureException when someone changed it meanwhile
	 * @throws IllegalArgumentException when the change does not hold together (fewer seats than taken, say)
	 */
	@Transactional
	public int change(long id, SessionForm form) {
		InfoSession session = sessions.findForUpdate(id)
			.orElseThrow(() -> new NotFoundException("information session", id));
		if (session.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(InfoSession.class, id);
		}
		apply(session, form);
		int promoted = sessionRegistrations.fillFreeSeats(session);
		sessions.flush();
		return promoted;
	}

	/**
	 * Cancels the session and e-mails everyone registered; returns how many were told.
	 * @throws health.flanders.portal.call.session.SessionChangeRefusedException when the session has ended
	 */
	@Transactional
	public int cancel(long id) {
		InfoSession session = sessions.findForUpdate(id).orElseThrow(() -> new NotFoundException("information session", id));
		if (session.getCancelledAt() != null) {
			return 0;
		}
		session.cancel(clock);
		List<Registration> registered = registrations.findBySessionIdAndStatusNot(id, RegistrationStatus.CANCELLED);
		for (Registration registration : registered) {
			mailer.send(registration.getEmail(), registration.getLanguage(), "session-cancelled",
					Map.of("name", registration.getName(), "session", session));
		}
		return registered.size();
	}

	@Transactional(readOnly = true)
	public List<Attendee> attendees(long id) {
		find(id);
		return registrations.findAllOfSession(id)
			.stream()
			.map(r -> new Attendee(r.getId(), r.getName(), r.getEmail(), r.getOrganisation(), r.getAttendance().name(),
					r.getStatus(), r.getCreatedAt(), r.getCheckedInAt(), r.isConsentConnect()))
			.toList();
	}

	/** Notes that a confirmed registrant arrived. */
	@Transactional
	public void checkIn(long sessionId, long registrationId) {
		Registration registration = registrations.findById(registrationId)
			.filter(r -> r.getSession().getId() == sessionId)
			.orElseThrow(() -> new NotFoundException("registration", registrationId));
		registration.checkIn(clock);
	}

	/** E-mails a message to everyone registered (confirmed and waiting); returns how many. */
	@Transactional
	public int message(long id, String subject, String text) {
		InfoSession session = find(id);
		List<Registration> registered = registrations.findBySessionIdAndStatusNot(id, RegistrationStatus.CANCELLED);
		for (Registration registration : registered) {
			mailer.send(registration.getEmail(), registration.getLanguage(), "session-message",
					Map.of("name", registration.getName(), "session", session, "subject", subject, "text", text));
		}
		return registered.size();
	}

	/** The attendee list as CSV, for spreadsheets. */
	@Transactional(readOnly = true)
	public void writeCsv(List<Attendee> attendees, OutputStream out) {
		try (Csv csv = Csv.to(out)) {
			csv.row("name", "email", "organisation", "attendance", "status", "registered_at", "checked_in_at",
					"connect_consent");
			for (Attendee attendee : attendees) {
				csv.row(attendee.name(), attendee.email(), attendee.organisation(), attendee.attendance(),
						attendee.status(), time.iso(attendee.registeredAt()), time.iso(attendee.checkedInAt()),
						attendee.consentConnect() ? "yes" : "no");
			}
		}
	}

	public String title(long id) {
		return find(id).getTitle();
	}

	private void apply(InfoSession session, SessionForm form) {
		Call call = form.getCallId() == null ? null
				: calls.findById(form.getCallId()).orElseThrow(() -> new NotFoundException("call", form.getCallId()));
		session.change(call, form.getTitle(), instant(form.getStartsAt()), instant(form.getEndsAt()), form.getFormat(),
				form.getVenue(), form.getRoom(), form.getAddress(), form.getOnlineLink(), form.getCapacity(),
				form.getOnlineCapacity(),
				form.getRegistrationDeadline() == null ? null : instant(form.getRegistrationDeadline()),
				form.getLanguage());
	}

	private InfoSession find(long id) {
		return sessions.findById(id).orElseThrow(() -> new NotFoundException("information session", id));
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(BrusselsTime.ZONE).toInstant();
	}

	private static LocalDateTime local(Instant instant) {
		return instant.atZone(BrusselsTime.ZONE).toLocalDateTime();
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}
}
