package health.flanders.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.support.LockWaits;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

/**
 * The reminders of a review deadline by the portal's clock. Each test's call has its review deadline at 17:00 in
 * Brussels, years ahead and two months apart from the other tests' calls, so that no other test's reviewers are due
 * at the instants a test sets in a way that matters to it; each test looks only at its own, fresh, reviewers.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class ReviewReminderIntegrationTests {

	private static final String JOB = "review-reminders";

	private static final AtomicInteger TESTS = new AtomicInteger();

	/** This test's submission deadline, two months after the previous test's. */
	private final Instant submissionDeadline = LocalDate.now(BrusselsTime.ZONE)
		.plusYears(4)
		.plusMonths(2L * TESTS.getAndIncrement())
		.atTime(17, 0)
		.atZone(BrusselsTime.ZONE)
		.toInstant();

	/** The review deadline: four weeks after the submission deadline. */
	private final Instant reviewDeadline = submissionDeadline.plus(Duration.ofDays(28));

	@Autowired
	TestData data;

	@Autowired
	ReviewReminders reminders;

	@Autowired
	ReviewDeadlines deadlines;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	PortalUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void nothingLeavesBeforeThreeDaysOut() {
		Evaluation evaluation = releasedCall("EARLY");
		PortalUser reviewer = data.user(Role.REVIEWER);
		assign(evaluation.proposal(), reviewer);

		at(reviewDeadline.minus(Duration.ofDays(3)).minusSeconds(60));
		runTheJob();

		assertThat(remindersTo(reviewer)).isEmpty();
	}

	@Test
	void theThreeDayReminderLeavesOnceEvenWhenTheJobRunsAgainAndListsEveryUnfinishedReview() throws Exception {
		Evaluation evaluation = releasedCall("ALPHA", "BETA");
		Call call = evaluation.call();
		PortalUser reviewer = data.user(Role.REVIEWER);
		Proposal first = evaluation.proposals().get(0);
		Proposal second = evaluation.proposals().get(1);
		assign(first, reviewer);
		assign(second, reviewer);
		review(second, reviewer, "DRAFT");

		at(reviewDeadline.minus(Duration.ofDays(3)));
		runTheJob();
		runTheJob();
		at(reviewDeadline.minus(Duration.ofDays(1)));
		runTheJob();

		String subject = "Your reviews for " + call.getCode() + " are due on " + dateTime(reviewDeadline, Locale.UK);
		assertThat(remindersTo(reviewer)).containsExactly(subject);
		MimeMessage mail = mailbox.awaitMessageTo(reviewer.getEmail());
		assertThat(mail.getSubject()).isEqualTo(subject);
		assertThat(Mailbox.text(mail)).contains("The reviews of the call " + call.getCode() + " · " + call.getTitle())
			.contains("17:00 (Brussels time)")
			.contains("ALPHA · Title of ALPHA")
			.contains("BETA · Title of BETA")
			.contains("http://localhost:8080/reviews/" + first.getId())
			.contains("http://localhost:8080/reviews/" + second.getId());
	}

	@Test
	void twoRunsThatMeetRemindEachReviewerOnce() throws Exception {
		Evaluation evaluation = releasedCall("RACE");
		Call call = evaluation.call();
		Proposal proposal = evaluation.proposal();
		List<PortalUser> reviewers = List.of(data.user(Role.REVIEWER), data.user(Role.REVIEWER), data.user(Role.REVIEWER));
		reviewers.forEach(reviewer -> assign(proposal, reviewer));
		at(reviewDeadline.minus(Duration.ofDays(2)));

		// The first run writes its reminders and holds its transaction open; the second starts meanwhile, finds the
		// same reminders due, and waits at its insert of the first one's row until the first run commits.
		CountDownLatch firstWrote = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(() -> transaction.execute(status -> {
				int sent = reminders.sendDue();
				firstWrote.countDown();
				LockWaits.awaitOrFail(firstMayCommit);
				return sent;
			}));
			assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = pool.submit(reminders::sendDue);
			LockWaits.awaitBlockedOrDone(jdbc, "review_reminders", second);
			firstMayCommit.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
			assertThat(second.get(10, TimeUnit.SECONDS)).isZero();
		}
		finally {
			firstMayCommit.countDown();
			pool.shutdown();
		}
		for (PortalUser reviewer : reviewers) {
			assertThat(remindersTo(reviewer)).hasSize(1);
		}
		assertThat(jdbc.sql("select count(*) from review_reminders where call_id = ?")
			.param(call.getId())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void submittedDeclinedAndConflictedReviewsAreNotReminded() throws Exception {
		Evaluation evaluation = releasedCall("ONE", "TWO");
		Proposal one = evaluation.proposals().get(0);
		Proposal two = evaluation.proposals().get(1);
		PortalUser submitted = data.user(Role.REVIEWER);
		PortalUser declined = data.user(Role.REVIEWER);
		PortalUser conflicted = data.user(Role.REVIEWER);
		PortalUser halfway = data.user(Role.REVIEWER);
		assign(one, submitted);
		review(one, submitted, "SUBMITTED");
		assign(one, declined);
		decline(one, declined);
		assign(one, conflicted);
		conflict(one, conflicted);
		assign(one, halfway);
		review(one, halfway, "SUBMITTED");
		assign(two, halfway);

		at(reviewDeadline.minus(Duration.ofDays(3)));
		runTheJob();
		at(reviewDeadline);
		runTheJob();

		assertThat(remindersTo(submitted)).isEmpty();
		assertThat(remindersTo(declined)).isEmpty();
		assertThat(remindersTo(conflicted)).isEmpty();
		assertThat(remindersTo(halfway)).hasSize(2);
		List<MimeMessage> mails = mailbox.awaitMessagesTo(halfway.getEmail(), 2);
		assertThat(mails).allSatisfy(mail -> assertThat(Mailbox.text(mail)).contains("TWO · Title of TWO")
			.doesNotContain("ONE · Title of ONE"));
	}

	@Test
	void theOverdueReminderLeavesOnceTheDeadlineHasPassedAndOnlyOnce() throws Exception {
		Evaluation evaluation = releasedCall("LATE");
		Call call = evaluation.call();
		PortalUser reviewer = data.user(Role.REVIEWER);
		assign(evaluation.proposal(), reviewer);

		at(reviewDeadline.minus(Duration.ofDays(3)));
		runTheJob();
		at(reviewDeadline.minusSeconds(1));
		runTheJob();
		assertThat(remindersTo(reviewer)).hasSize(1);
		at(reviewDeadline);
		runTheJob();
		at(reviewDeadline.plus(Duration.ofDays(2)));
		runTheJob();

		assertThat(remindersTo(reviewer)).containsExactly(
				"Your reviews for " + call.getCode() + " are due on " + dateTime(reviewDeadline, Locale.UK),
				"Your reviews for " + call.getCode() + " are overdue");
		MimeMessage overdue = mailbox.awaitMessageTo(reviewer.getEmail(), mail -> subjectOf(mail).endsWith("are overdue"));
		assertThat(Mailbox.text(overdue)).contains("were due on").contains("LATE · Title of LATE");
	}

	@Test
	void aJobThatWasDownOverTheDeadlineSendsOnlyTheOverdueReminder() {
		Evaluation evaluation = releasedCall("DOWN");
		Call call = evaluation.call();
		PortalUser reviewer = data.user(Role.REVIEWER);
		assign(evaluation.proposal(), reviewer);

		at(reviewDeadline.plus(Duration.ofHours(1)));
		runTheJob();

		assertThat(remindersTo(reviewer)).containsExactly("Your reviews for " + call.getCode() + " are overdue");
	}

	@Test
	void afterTheDeadlineMovesTheRemindersComeAgainForTheNewDeadline() {
		Evaluation evaluation = releasedCall("MOVED");
		Call call = evaluation.call();
		PortalUser reviewer = data.user(Role.REVIEWER);
		assign(evaluation.proposal(), reviewer);
		at(reviewDeadline.minus(Duration.ofDays(3)));
		runTheJob();
		at(reviewDeadline.plus(Duration.ofHours(1)));
		runTheJob();

		Instant moved = reviewDeadline.plus(Duration.ofDays(14));
		deadlines.change(call.getId(), LocalDateTime.ofInstant(moved, BrusselsTime.ZONE),
				"staff-" + TestData.unique() + "@example.org");
		runTheJob();
		assertThat(remindersTo(reviewer)).hasSize(2);
		at(moved.minus(Duration.ofDays(3)));
		runTheJob();
		at(moved);
		runTheJob();

		String code = call.getCode();
		assertThat(remindersTo(reviewer)).containsExactly(
				"Your reviews for " + code + " are due on " + dateTime(reviewDeadline, Locale.UK),
				"Your reviews for " + code + " are overdue",
				"Your reviews for " + code + " are due on " + dateTime(moved, Locale.UK),
				"Your reviews for " + code + " are overdue");
		assertThat(jdbc.sql("""
				select kind || ' ' || (deadline = ?) from review_reminders
				where call_id = ? and reviewer_id = ? order by id""")
			.params(moved.atOffset(ZoneOffset.UTC), call.getId(), reviewer.getId())
			.query(String.class)
			.list()).containsExactly("THREE_DAYS false", "OVERDUE false", "THREE_DAYS true", "OVERDUE true");
	}

	@Test
	void aDutchReviewerIsRemindedInDutchWithTheCallsDutchTitle() throws Exception {
		Evaluation evaluation = releasedCall("VLAAMS");
		Call call = evaluation.call();
		PortalUser reviewer = users.save(new PortalUser("nl-" + TestData.unique() + "@example.org",
				passwordEncoder.encode(TestData.PASSWORD), "Els Peeters", Locale.forLanguageTag("nl"),
				Set.of(Role.REVIEWER), clock));
		assign(evaluation.proposal(), reviewer);

		at(reviewDeadline.minus(Duration.ofDays(1)));
		runTheJob();

		MimeMessage mail = mailbox.awaitMessageTo(reviewer.getEmail());
		assertThat(mail.getSubject()).isEqualTo("Uw reviews voor " + call.getCode() + " moeten klaar zijn op "
				+ dateTime(reviewDeadline, Locale.forLanguageTag("nl-BE")));
		assertThat(Mailbox.text(mail)).contains("Beste Els Peeters")
			.contains("De reviews van de oproep " + call.getCode() + " · " + call.getTitle(Locale.forLanguageTag("nl")))
			.contains("17:00 (Brusselse tijd)")
			.contains("VLAAMS · Title of VLAAMS");
	}

	@Test
	void reviewersOfACallNotReleasedOrDecidedAreNotReminded() {
		Evaluation notReleased = releasedCall("WAIT");
		jdbc.sql("update calls set assignment_released_at = null where id = ?").param(notReleased.call().getId()).update();
		Evaluation decided = releasedCall("OVER");
		PortalUser waiting = data.user(Role.REVIEWER);
		PortalUser finished = data.user(Role.REVIEWER);
		assign(notReleased.proposal(), waiting);
		assign(decided.proposal(), finished);
		jdbc.sql("update calls set status = 'DECIDED', decided_at = ? where id = ?")
			.params(reviewDeadline.atOffset(ZoneOffset.UTC), decided.call().getId())
			.update();

		at(reviewDeadline.minus(Duration.ofDays(2)));
		runTheJob();
		at(reviewDeadline.plus(Duration.ofDays(2)));
		runTheJob();

		assertThat(remindersTo(waiting)).isEmpty();
		assertThat(remindersTo(finished)).isEmpty();
	}

	@Test
	void whileAnotherInstanceHoldsTheLockThisOneRemindsNobody() {
		Evaluation evaluation = releasedCall("LOCKED");
		PortalUser reviewer = data.user(Role.REVIEWER);
		assign(evaluation.proposal(), reviewer);
		at(reviewDeadline.minus(Duration.ofDays(2)));
		ShedLocks.heldByAnotherInstance(jdbc, JOB);

		reminders.remindReviewers();
		assertThat(remindersTo(reviewer)).as("while another instance holds the lock").isEmpty();

		ShedLocks.released(jdbc, JOB);
		reminders.remindReviewers();
		assertThat(remindersTo(reviewer)).hasSize(1);
		assertThat(ShedLocks.takenByThisInstance(jdbc, JOB)).isTrue();
	}

	/**
	 * A call that took proposals until this test's submission deadline, in evaluation since, its assignment released
	 * and its review deadline set, with a proposal for each acronym; the clock stands a day after the submission
	 * deadline.
	 */
	private Evaluation releasedCall(String... acronyms) {
		at(submissionDeadline.minus(Duration.ofDays(30)));
		Call call = data.openCall(submissionDeadline.minus(Duration.ofDays(60)), submissionDeadline);
		List<Proposal> proposals = Arrays.stream(acronyms)
			.map(acronym -> data.completeProposal(call, data.user(Role.APPLICANT), acronym))
			.toList();
		at(submissionDeadline.plus(Duration.ofDays(1)));
		jdbc.sql("""
				update calls set status = 'IN_EVALUATION', evaluation_started_at = ?, assignment_released_at = ?,
				       version = version + 1
				where id = ?""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), clock.instant().atOffset(ZoneOffset.UTC), call.getId())
			.update();
		deadlines.change(call.getId(), LocalDateTime.ofInstant(reviewDeadline, BrusselsTime.ZONE),
				"staff-" + TestData.unique() + "@example.org");
		return new Evaluation(call, proposals);
	}

	/** A call in evaluation and its proposals, described as complete ones are, in the order of their acronyms. */
	private record Evaluation(Call call, List<Proposal> proposals) {

		Proposal proposal() {
			return proposals.get(0);
		}
	}

	private void assign(Proposal proposal, PortalUser reviewer) {
		jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, created_at) values (?, ?, 0.5, ?)")
			.params(proposal.getId(), reviewer.getId(), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void review(Proposal proposal, PortalUser reviewer, String status) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				insert into reviews (proposal_id, reviewer_id, status, updated_at, submitted_at)
				values (?, ?, ?, ?, ?)""")
			.params(proposal.getId(), reviewer.getId(), status, now, status.equals("SUBMITTED") ? now : null)
			.update();
	}

	private void decline(Proposal proposal, PortalUser reviewer) {
		jdbc.sql("""
				update review_assignments set response = 'DECLINED', responded_at = ?, decline_reason = 'On leave.'
				where proposal_id = ? and reviewer_id = ?""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), proposal.getId(), reviewer.getId())
			.update();
	}

	private void conflict(Proposal proposal, PortalUser reviewer) {
		jdbc.sql("""
				insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, reason, declared_at)
				values (?, ?, true, 'I advise the coordinator.', ?)""")
			.params(proposal.getId(), reviewer.getId(), clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void at(Instant instant) {
		clock.setInstant(instant);
	}

	/**
	 * The scheduled job as its schedule runs it. Another test may have run it within its lock's minimum hold: the lock
	 * is released first, as its holder would.
	 */
	private void runTheJob() {
		ShedLocks.released(jdbc, JOB);
		reminders.remindReviewers();
	}

	/** The subjects of the review reminders written to this person, oldest first. */
	private static String subjectOf(MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> remindersTo(PortalUser person) {
		return jdbc.sql("""
				select subject from outgoing_mails
				where recipient = ? and (subject like 'Your reviews for %' or subject like 'Uw reviews voor %')
				order by id""")
			.param(person.getEmail())
			.query(String.class)
			.list();
	}

	/** The review deadline as the e-mails write it, e.g. "14 May 2031 at 17:00". */
	private static String dateTime(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(BrusselsTime.ZONE)
			.format(instant);
	}

	private static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(BrusselsTime.ZONE).format(instant);
	}
}
