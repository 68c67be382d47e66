package health.flanders.portal.web.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.Registration;
import health.flanders.portal.call.session.RegistrationRepository;
import health.flanders.portal.call.session.RegistrationStatus;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.BrusselsTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds confirmed registrants the day before their session. The job runs on every portal instance, but takes a
 * lock in PostgreSQL first (ShedLock), and marks each session once its reminders are written: each person gets one.
 */
@Component
public class SessionReminders {

	private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

	private final InfoSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final Mailer mailer;

	private final Clock clock;

	SessionReminders(InfoSessionRepository sessions, RegistrationRepository registrations, Mailer mailer,
			Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Every hour; reminds of the sessions of tomorrow (Brussels date) that have not been reminded of yet. */
	@Scheduled(cron = "${icon.sessions.reminder-cron:0 0 * * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "session-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
	@Transactional
	public void remindTomorrowsSessions() {
		LocalDate tomorrow = ZonedDateTime.now(clock.withZone(BrusselsTime.ZONE)).toLocalDate().plusDays(1);
		int sent = 0;
		for (InfoSession session : sessions.findDueForReminders(tomorrow.atStartOfDay(BrusselsTime.ZONE).toInstant(),
				tomorrow.plusDays(1).atStartOfDay(BrusselsTime.ZONE).toInstant())) {
			for (Registration registration : registrations.findBySessionIdAndStatus(session.getId(),
					RegistrationStatus.CONFIRMED)) {
				mailer.send(registration.getEmail(), registration.getLanguage(), "session-reminder",
						Map.of("name", registration.getName(), "session", session));
				sent++;
			}
			session.remindersSent(clock);
		}
		if (sent > 0) {
			log.info("Reminded {} people of tomorrow's information sessions", sent);
		}
	}
}
