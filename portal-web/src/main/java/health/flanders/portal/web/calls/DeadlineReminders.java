package health.flanders.portal.web.calls;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.web.mail.Mailer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds the lead applicant (who started it) of each draft proposal on an open call of the deadline, a week and a day
 * before it (see {@link DeadlineReminder}), in their language. A reopened proposal is a draft again and is reminded to
 * be submitted again. The job runs on every portal instance, one at a time (ShedLock); what makes each reminder leave
 * once, also when two runs meet, is its row in {@code deadline_reminders}: a run writes the e-mail only when its own
 * insert of that row took, in the same transaction. An extended deadline is reminded of again.
 */
@Service
public class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	/** Drafts are looked at this long before their deadline: the first reminder's week, with a day to spare. */
	private static final Duration LOOK_AHEAD = Duration.ofDays(8);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Clock clock;

	DeadlineReminders(JdbcClient jdbc, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Every few minutes, so that a reminder leaves soon after its mark. Returns nothing: ShedLock cannot lock a method
	 * that returns a primitive.
	 */
	@Scheduled(initialDelayString = "${icon.calls.deadline-reminders.interval:PT5M}",
			fixedDelayString = "${icon.calls.deadline-reminders.interval:PT5M}")
	@SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public void remindOfDeadlines() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} reminders of a call's deadline to lead applicants of drafts", sent);
		}
	}

	/**
	 * Writes the reminders due now that no run has written yet, with their e-mails, and says how many. Without the
	 * job's lock: a run that meets another waits for the other's rows and then leaves those reminders alone.
	 */
	@Transactional
	public int sendDue() {
		Instant now = clock.instant();
		int sent = 0;
		for (Draft draft : draftsClosingWithin(now, LOOK_AHEAD)) {
			if (!CallPhase.of(draft.callStatus(), draft.opensAt(), draft.deadline(), now).takesProposals()) {
				continue;
			}
			// One recorded already is not tried again; between runs that meet, the insert decides.
			Optional<DeadlineReminder> due = DeadlineReminder.dueAt(now, draft.deadline(), draft.startedAt())
				.filter(reminder -> !draft.sent().contains(reminder));
			if (due.isPresent() && recordSent(draft, due.get(), now)) {
				mailer.send(draft.email(), draft.locale(), "deadline-reminder",
						Map.of("name", draft.name(), "kind", due.get().name(), "acronym", draft.acronym(),
								"reopened", draft.reopened(), "callTitle", draft.callTitle().in(draft.locale()),
								"deadline", draft.deadline(), "proposalId", draft.proposalId()));
				sent++;
			}
		}
		return sent;
	}

	/**
	 * The drafts whose lead applicant can be reminded (a disabled account is not), on published calls closing within
	 * this time, with the reminders already sent for the current deadline. In the order of their ids, so that two
	 * runs that meet take the rows' locks in the same order and wait for each other instead of deadlocking.
	 */
	private List<Draft> draftsClosingWithin(Instant now, Duration ahead) {
		return jdbc.sql("""
				select p.id, p.acronym, p.reference is not null as reopened, p.created_at,
				       c.title, c.title_nl, c.status, c.opens_at, c.deadline,
				       u.email, u.full_name, u.locale,
				       array(select r.kind from deadline_reminders r
				             where r.proposal_id = p.id and r.deadline = c.deadline) as sent
				from proposals p
				join calls c on c.id = p.call_id
				join users u on u.id = p.created_by
				where p.status = 'DRAFT' and c.status = 'PUBLISHED' and c.deadline > ? and c.deadline <= ?
				  and u.enabled
				order by p.id""")
			.params(utc(now), utc(now.plus(ahead)))
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getString("acronym"), rs.getBoolean("reopened"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					new Bilingual(rs.getString("title"), rs.getString("title_nl")),
					CallStatus.valueOf(rs.getString("status")),
					rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
					rs.getObject("deadline", OffsetDateTime.class).toInstant(), rs.getString("email"),
					rs.getString("full_name"), Locale.forLanguageTag(rs.getString("locale")), reminders(rs.getArray("sent"))))
			.list();
	}

	/** Whether this run is the one that sends this reminder: its row was not there and is now, in this transaction. */
	private boolean recordSent(Draft draft, DeadlineReminder reminder, Instant now) {
		return jdbc.sql("""
				insert into deadline_reminders (proposal_id, kind, deadline, sent_at) values (?, ?, ?, ?)
				on conflict on constraint uk_deadline_reminders_proposal_kind_deadline do nothing
				returning id""")
			.params(draft.proposalId(), reminder.name(), utc(draft.deadline()), utc(now))
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private static Set<DeadlineReminder> reminders(Array kinds) throws SQLException {
		return Arrays.stream((String[]) kinds.getArray()).map(DeadlineReminder::valueOf).collect(Collectors.toSet());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Draft(long proposalId, String acronym, boolean reopened, Instant startedAt, Bilingual callTitle,
			CallStatus callStatus, Instant opensAt, Instant deadline, String email, String name, Locale locale,
			Set<DeadlineReminder> sent) {
	}
}
