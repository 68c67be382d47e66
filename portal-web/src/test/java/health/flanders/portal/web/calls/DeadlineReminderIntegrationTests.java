package health.flanders.portal.web.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.proposals.ProposalSubmissions;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.support.LockWaits;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

/**
 * The deadline reminders by the portal's clock. Each test's call closes at 17:00 in Brussels, years ahead and a month
 * apart from the other tests' calls, so that no other test's drafts are due at the instants a test sets; each test
 * looks only at its own, fresh, applicants.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class DeadlineReminderIntegrationTests {

	private static final String JOB = "deadline-reminders";

	private static final AtomicInteger TESTS = new AtomicInteger();

	/** This test's deadline, a month after the previous test's. */
	private final Instant deadline = LocalDate.now(BrusselsTime.ZONE)
		.plusYears(3)
		.plusMonths(TESTS.getAndIncrement())
		.atTime(17, 0)
		.atZone(BrusselsTime.ZONE)
		.toInstant();

	@Autowired
	TestData data;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ProposalSubmissions submissions;

	@Autowired
	CallSetup callSetup;

	@Autowired
	PortalUserRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void nothingLeavesEightDaysBeforeTheDeadline() {
		PortalUser lead = data.user(Role.APPLICANT);
		draft(openCall(), lead, "EARLY");

		at(deadline.minus(Duration.ofDays(8)));
		runTheJob();

		assertThat(remindersTo(lead)).isEmpty();
	}

	@Test
	void theSevenDayReminderLeavesOnceEvenWhenTheJobRunsAgain() throws Exception {
		Call call = openCall();
		PortalUser lead = data.user(Role.APPLICANT);
		Proposal draft = draft(call, lead, "WEEK");

		at(deadline.minus(Duration.ofDays(7)));
		runTheJob();
		runTheJob();
		at(deadline.minus(Duration.ofDays(2)));
		runTheJob();

		assertThat(remindersTo(lead)).containsExactly("Less than a week to submit WEEK");
		MimeMessage mail = mailbox.awaitMessageTo(lead.getEmail());
		assertThat(mail.getSubject()).isEqualTo("Less than a week to submit WEEK");
		assertThat(Mailbox.text(mail)).contains("Your proposal WEEK to the call " + call.getTitle() + " is still a draft")
			.contains(day(deadline, Locale.UK))
			.contains("17:00 (Brussels time)")
			.contains("http://localhost:8080/proposals/" + draft.getId());
	}

	@Test
	void twoRunsThatMeetRemindEachLeadApplicantOnce() throws Exception {
		Call call = openCall();
		List<PortalUser> leads = List.of(data.user(Role.APPLICANT), data.user(Role.APPLICANT), data.user(Role.APPLICANT));
		List<Long> proposals = leads.stream().map(lead -> draft(call, lead, "RACE").getId()).toList();
		at(deadline.minus(Duration.ofDays(7)));

		// The first run writes its reminders and holds its transaction open; the second starts meanwhile, finds the
		// same drafts due, and waits at its insert of the first one's row until the first run commits.
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
			LockWaits.awaitBlockedOrDone(jdbc, "deadline_reminders", second);
			firstMayCommit.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(3);
			assertThat(second.get(10, TimeUnit.SECONDS)).isZero();
		}
		finally {
			firstMayCommit.countDown();
			pool.shutdown();
		}
		for (PortalUser lead : leads) {
			assertThat(remindersTo(lead)).containsExactly("Less than a week to submit RACE");
		}
		assertThat(jdbc.sql("select count(*) from deadline_reminders where proposal_id in (:ids)")
			.param("ids", proposals)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void theOneDayReminderLeavesInTheLastDay() {
		PortalUser lead = data.user(Role.APPLICANT);
		draft(openCall(), lead, "DAY");

		at(deadline.minus(Duration.ofDays(7)));
		runTheJob();
		at(deadline.minus(Duration.ofDays(1)));
		runTheJob();
		at(deadline.minus(Duration.ofHours(1)));
		runTheJob();

		assertThat(remindersTo(lead)).containsExactly("Less than a week to submit DAY", "Less than a day to submit DAY");
	}

	@Test
	void aDraftStartedAfterTheSevenDayMarkGetsOnlyTheOneDayReminder() {
		Call call = openCall();
		PortalUser lead = data.user(Role.APPLICANT);
		at(deadline.minus(Duration.ofDays(3)));
		data.proposal(call, lead, "LATECOMER");

		runTheJob();
		at(deadline.minus(Duration.ofDays(1)));
		runTheJob();

		assertThat(remindersTo(lead)).containsExactly("Less than a day to submit LATECOMER");
	}

	@Test
	void submittedAndWithdrawnProposalsAreNotReminded() {
		Call call = openCall();
		PortalUser submitter = data.user(Role.APPLICANT);
		PortalUser withdrawer = data.user(Role.APPLICANT);
		PortalUser drafter = data.user(Role.APPLICANT);
		data.submittedProposal(call, submitter, "SENT");
		Proposal withdrawn = data.submittedProposal(call, withdrawer, "GONE");
		submissions.withdraw(withdrawn.getId(), signedIn(withdrawer));
		draft(call, drafter, "STILL");

		at(deadline.minus(Duration.ofDays(7)));
		runTheJob();
		at(deadline.minus(Duration.ofDays(1)));
		runTheJob();

		assertThat(remindersTo(submitter)).isEmpty();
		assertThat(remindersTo(withdrawer)).isEmpty();
		assertThat(remindersTo(drafter)).hasSize(2);
	}

	@Test
	void aReopenedProposalIsRemindedToBeSubmittedAgain() throws Exception {
		PortalUser lead = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(openCall(), lead, "AGAIN");
		at(deadline.minus(Duration.ofDays(2)));
		submissions.reopen(proposal.getId(), signedIn(lead));

		runTheJob();

		assertThat(remindersTo(lead)).containsExactly("Less than a week to submit AGAIN");
		MimeMessage mail = mailbox.awaitMessagesTo(lead.getEmail(), 2)
			.stream()
			.filter(message -> subject(message).startsWith("Less than"))
			.findFirst()
			.orElseThrow();
		assertThat(Mailbox.text(mail)).contains("You reopened your proposal AGAIN").contains("submit it again");
	}

	@Test
	void nothingLeavesOnceTheDeadlineHasPassed() {
		PortalUser lead = data.user(Role.APPLICANT);
		draft(openCall(), lead, "MISSED");

		at(deadline);
		runTheJob();
		at(deadline.plus(Duration.ofHours(1)));
		runTheJob();

		assertThat(remindersTo(lead)).isEmpty();
	}

	@Test
	void aDutchApplicantIsRemindedInDutchWithTheCallsDutchTitle() throws Exception {
		Call call = openCall();
		PortalUser lead = users.save(new PortalUser("nl-" + TestData.unique() + "@example.org",
				passwordEncoder.encode(TestData.PASSWORD), "Els Peeters", Locale.forLanguageTag("nl"),
				Set.of(Role.APPLICANT), clock));
		Proposal draft = draft(call, lead, "VLAAMS");

		at(deadline.minus(Duration.ofDays(1)));
		runTheJob();

		MimeMessage mail = mailbox.awaitMessageTo(lead.getEmail());
		assertThat(mail.getSubject()).isEqualTo("Nog minder dan een dag om VLAAMS in te dienen");
		assertThat(Mailbox.text(mail)).contains("Beste Els Peeters")
			.contains("Uw voorstel VLAAMS bij de oproep " + call.getTitle(Locale.forLanguageTag("nl")) + " is nog een ontwerp")
			.contains(day(deadline, Locale.forLanguageTag("nl-BE")))
			.contains("17:00 (Brusselse tijd)")
			.contains("http://localhost:8080/proposals/" + draft.getId());
	}

	@Test
	void afterAnExtensionTheRemindersComeAgainForTheNewDeadline() {
		Call call = openCall();
		PortalUser lead = data.user(Role.APPLICANT);
		draft(call, lead, "LONGER");
		at(deadline.minus(Duration.ofDays(7)));
		runTheJob();
		at(deadline.minus(Duration.ofDays(1)));
		runTheJob();

		Instant extended = deadline.plus(Duration.ofDays(14));
		callSetup.extendDeadline(call.getId(), LocalDateTime.ofInstant(extended, BrusselsTime.ZONE),
				"The budget sheet template changed", "admin-" + TestData.unique() + "@example.org");
		runTheJob();
		assertThat(remindersTo(lead)).hasSize(2);
		at(extended.minus(Duration.ofDays(7)));
		runTheJob();
		at(extended.minus(Duration.ofDays(1)));
		runTheJob();

		assertThat(remindersTo(lead)).containsExactly("Less than a week to submit LONGER",
				"Less than a day to submit LONGER", "Less than a week to submit LONGER", "Less than a day to submit LONGER");
		assertThat(jdbc.sql("""
				select r.kind || ' ' || (r.deadline = ?) from deadline_reminders r
				join proposals p on p.id = r.proposal_id where p.created_by = ? order by r.id""")
			.params(extended.atOffset(ZoneOffset.UTC), lead.getId())
			.query(String.class)
			.list()).containsExactly("SEVEN_DAYS false", "ONE_DAY false", "SEVEN_DAYS true", "ONE_DAY true");
	}

	@Test
	void whileAnotherInstanceHoldsTheLockThisOneRemindsNobody() {
		PortalUser lead = data.user(Role.APPLICANT);
		draft(openCall(), lead, "LOCKED");
		at(deadline.minus(Duration.ofDays(7)));
		ShedLocks.heldByAnotherInstance(jdbc, JOB);

		reminders.remindOfDeadlines();
		assertThat(remindersTo(lead)).as("while another instance holds the lock").isEmpty();

		ShedLocks.released(jdbc, JOB);
		reminders.remindOfDeadlines();
		assertThat(remindersTo(lead)).hasSize(1);
		assertThat(ShedLocks.takenByThisInstance(jdbc, JOB)).isTrue();
	}

	/** A call open for two months until this test's deadline; the clock stands a month before the deadline. */
	private Call openCall() {
		at(deadline.minus(Duration.ofDays(30)));
		return data.openCall(deadline.minus(Duration.ofDays(60)), deadline);
	}

	private Proposal draft(Call call, PortalUser lead, String acronym) {
		return data.proposal(call, lead, acronym);
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
		reminders.remindOfDeadlines();
	}

	/** The subjects of the deadline reminders written to this person, oldest first. */
	private List<String> remindersTo(PortalUser person) {
		return jdbc.sql("""
				select subject from outgoing_mails
				where recipient = ? and (subject like 'Less than %' or subject like 'Nog minder dan %') order by id""")
			.param(person.getEmail())
			.query(String.class)
			.list();
	}

	private static SignedInUser signedIn(PortalUser user) {
		return new SignedInUser(user.getId(), user.getEmail(), user.getFullName(), "", true,
				List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
	}

	private static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(BrusselsTime.ZONE).format(instant);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
