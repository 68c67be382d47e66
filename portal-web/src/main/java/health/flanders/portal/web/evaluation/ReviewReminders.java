package health.flanders.portal.web.evaluation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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
import health.flanders.portal.web.mail.Mailer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Reminds each reviewer of a released call in evaluation of its review deadline, three days before it and once it has
 * passed (see {@link ReviewReminder}), in their language, with the proposals they still have to review: assigned, not
 * declined, not in conflict, the review not submitted. One e-mail per reviewer, call and reminder. The job runs on
 * every portal instance, one at a time (ShedLock); what makes each reminder leave once, also when two runs meet, is
 * its row in {@code review_reminders}: a run writes the e-mail only when its own insert of that row took, in the same
 * transaction. The deadline is part of that row's key, so a moved deadline is reminded of again.
 */
@Service
public class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	/** Calls are looked at from this long before their review deadline: three days, with one to spare. */
	private static final Duration LOOK_AHEAD = Duration.ofDays(4);

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Clock clock;

	ReviewReminders(JdbcClient jdbc, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Every few minutes, so that a reminder leaves soon after its moment. Returns nothing: ShedLock cannot lock a
	 * method that returns a primitive.
	 */
	@Scheduled(initialDelayString = "${icon.evaluation.review-reminders.interval:PT5M}",
			fixedDelayString = "${icon.evaluation.review-reminders.interval:PT5M}")
	@SchedulerLock(name = "review-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public void remindReviewers() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Sent {} reminders of a review deadline to reviewers", sent);
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
		for (Unfinished reviewer : unfinishedReviews(now)) {
			// One recorded already is not tried again; between runs that meet, the insert decides.
			Optional<ReviewReminder> due = ReviewReminder.dueAt(now, reviewer.deadline())
				.filter(reminder -> !reviewer.sent().contains(reminder));
			if (due.isPresent() && recordSent(reviewer, due.get(), now)) {
				mailer.send(reviewer.email(), reviewer.locale(), "review-reminder",
						Map.of("name", reviewer.name(), "kind", due.get().name(), "code", reviewer.callCode(),
								"callTitle", reviewer.callTitle().in(reviewer.locale()), "deadline", reviewer.deadline(),
								"proposals", reviewer.proposals()));
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Each reviewer (who can sign in) with unfinished reviews on a released call in evaluation whose review deadline
	 * comes within the look-ahead or has passed, with those proposals and the reminders already sent for the current
	 * deadline. In the order of call and reviewer, so that two runs that meet take the rows' locks in the same order
	 * and wait for each other instead of deadlocking.
	 */
	private List<Unfinished> unfinishedReviews(Instant now) {
		Map<List<Long>, Unfinished> byCallAndReviewer = new LinkedHashMap<>();
		jdbc.sql("""
				select c.id as call_id, c.code, c.title, c.title_nl, c.review_deadline,
				       u.id as reviewer_id, u.email, u.full_name, u.locale, p.id as proposal_id, p.acronym,
				       p.title as proposal_title,
				       array(select r.kind from review_reminders r where r.call_id = c.id and r.reviewer_id = u.id
				             and r.deadline = c.review_deadline) as sent
				from review_assignments a
				join proposals p on p.id = a.proposal_id
				join calls c on c.id = p.call_id
				join users u on u.id = a.reviewer_id
				where c.status = 'IN_EVALUATION' and c.assignment_released_at is not null
				  and c.review_deadline <= ? and u.enabled and a.response <> 'DECLINED'
				  and not exists (select 1 from reviews r where r.proposal_id = a.proposal_id
				                  and r.reviewer_id = a.reviewer_id and r.status = 'SUBMITTED')
				  and not exists (select 1 from reviewer_conflicts x where x.proposal_id = a.proposal_id
				                  and x.reviewer_id = a.reviewer_id)
				order by c.id, u.id, p.acronym, p.id""")
			.param(utc(now.plus(LOOK_AHEAD)))
			.query((ResultSet rs) -> {
				Unfinished reviewer = byCallAndReviewer.computeIfAbsent(
						List.of(rs.getLong("call_id"), rs.getLong("reviewer_id")), key -> unfinished(rs));
				reviewer.proposals().add(new Proposal(rs.getLong("proposal_id"), rs.getString("acronym"),
						rs.getString("proposal_title")));
			});
		return List.copyOf(byCallAndReviewer.values());
	}

	/** Whether this run is the one that sends this reminder: its row was not there and is now, in this transaction. */
	private boolean recordSent(Unfinished reviewer, ReviewReminder reminder, Instant now) {
		return jdbc.sql("""
				insert into review_reminders (call_id, reviewer_id, kind, deadline, sent_at) values (?, ?, ?, ?, ?)
				on conflict on constraint uk_review_reminders_call_reviewer_kind_deadline do nothing
				returning id""")
			.params(reviewer.callId(), reviewer.reviewerId(), reminder.name(), utc(reviewer.deadline()), utc(now))
			.query(Long.class)
			.optional()
			.isPresent();
	}

	private static Unfinished unfinished(ResultSet rs) {
		try {
			return new Unfinished(rs.getLong("call_id"), rs.getString("code"),
					new Bilingual(rs.getString("title"), rs.getString("title_nl")),
					rs.getObject("review_deadline", OffsetDateTime.class).toInstant(), rs.getLong("reviewer_id"),
					rs.getString("email"), rs.getString("full_name"), Locale.forLanguageTag(rs.getString("locale")),
					reminders(rs.getArray("sent")), new ArrayList<>());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read a reviewer's unfinished reviews", ex);
		}
	}

	private static Set<ReviewReminder> reminders(Array kinds) throws SQLException {
		return Arrays.stream((String[]) kinds.getArray()).map(ReviewReminder::valueOf).collect(Collectors.toSet());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A reviewer's unfinished reviews on one call, with the reminders sent for its current review deadline. */
	private record Unfinished(long callId, String callCode, Bilingual callTitle, Instant deadline, long reviewerId,
			String email, String name, Locale locale, Set<ReviewReminder> sent, List<Proposal> proposals) {
	}

	/** A proposal still to review, as the e-mail lists it. */
	public record Proposal(long id, String acronym, String title) {
	}
}
