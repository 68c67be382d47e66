package health.flanders.portal.web.seals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;

/**
 * The daily digest of the audit trail: each Brussels day's last hash, e-mailed once to the configured address
 * (audit-digests@example.org in the tests' config/application.properties), however often the job runs. Its days lie
 * years ahead of every other test's entries, and each test takes days of its own.
 */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class AuditDigestIntegrationTests {

	static final String RECIPIENT = "audit-digests@example.org";

	@Autowired
	AuditDigests digests;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void eachBrusselsDaysLastHashIsEmailedOnceAfterTheDayEnds() {
		LocalDate day = LocalDate.parse("2037-03-09");
		// 23:30 in Brussels (CET) is the day's last entry; 00:30 the next day's first.
		AuditEntry lastOfTheDay = recordAt("2037-03-09T22:30:00Z", "PROPOSAL_SUBMITTED");
		recordAt("2037-03-09T23:30:00Z", "PROPOSAL_WITHDRAWN");

		clock.setInstant(Instant.parse("2037-03-09T23:03:00Z"));
		assertThat(digests.sendDue()).as("a few minutes after midnight the day is not yet settled")
			.extracting(AuditDigests.AuditDigest::day)
			.doesNotContain(day);

		clock.setInstant(Instant.parse("2037-03-09T23:10:00Z"));
		assertThat(digests.sendDue()).singleElement().satisfies(digest -> {
			assertThat(digest.day()).isEqualTo(day);
			assertThat(digest.lastEntry()).isEqualTo(lastOfTheDay.id());
			assertThat(digest.lastHash()).isEqualTo(lastOfTheDay.hash());
		});
		clock.setInstant(Instant.parse("2037-03-10T09:00:00Z"));
		assertThat(digests.sendDue()).as("another run, or another instance, sends nothing more").isEmpty();
		transaction.executeWithoutResult(status -> digests.sendDigests());

		MimeMessage mail = mailbox.awaitMessageTo(RECIPIENT, message -> subject(message).contains("2037-03-09"));
		assertThat(Mailbox.text(mail)).contains(lastOfTheDay.hash())
			.contains("Last entry: " + lastOfTheDay.id())
			.contains("9 March 2037");
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like ?")
			.params(RECIPIENT, "%2037-03-09%")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select last_hash from audit_digests where day = ?").param(day).query(String.class).single())
			.isEqualTo(lastOfTheDay.hash());
	}

	@Test
	void daysMissedWhileNoInstanceRanAreCaughtUpAWeekBackAtMost() {
		clock.setInstant(Instant.parse("2036-01-12T12:00:00Z"));
		assertThat(digests.sendDue()).extracting(AuditDigests.AuditDigest::day).contains(LocalDate.parse("2036-01-11"));
		clock.setInstant(Instant.parse("2036-01-20T12:00:00Z"));
		assertThat(digests.sendDue()).extracting(AuditDigests.AuditDigest::day)
			.containsExactly(LocalDate.parse("2036-01-13"), LocalDate.parse("2036-01-14"),
					LocalDate.parse("2036-01-15"), LocalDate.parse("2036-01-16"), LocalDate.parse("2036-01-17"),
					LocalDate.parse("2036-01-18"), LocalDate.parse("2036-01-19"));
	}

	private AuditEntry recordAt(String instant, String action) {
		clock.setInstant(Instant.parse(instant));
		return transaction.execute(status -> trail.record("digest-test@example.org", action, "proposal", instant, ""));
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
