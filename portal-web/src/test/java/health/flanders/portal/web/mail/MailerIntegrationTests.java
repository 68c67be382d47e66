package health.flanders.portal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class MailerIntegrationTests {

	@Autowired
	Mailer mailer;

	@Autowired
	Mailbox mailbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void anEMailLeavesAfterCommitInTheRecipientsLanguageWithItsAttachment() throws Exception {
		String to = "welcome-" + TestData.unique() + "@example.org";
		transaction.executeWithoutResult(status -> mailer.send(to, Locale.ENGLISH, "welcome",
				Map.of("name", "Ann Peeters"),
				new Attachment("note.txt", "text/plain", "a note".getBytes(StandardCharsets.UTF_8))));

		MimeMessage message = mailbox.awaitMessageTo(to);
		assertThat(message.getSubject()).isEqualTo("Welcome to the ICON Portal");
		assertThat(Mailbox.text(message)).contains("Dear Ann Peeters,").doesNotContain("<p>");
		assertThat(Mailbox.html(message)).contains("<h1");
		Multipart parts = (Multipart) message.getContent();
		Part attachment = parts.getBodyPart(parts.getCount() - 1);
		assertThat(attachment.getFileName()).isEqualTo("note.txt");
		assertThat(new String(attachment.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a note");
	}

	@Test
	void theAddressOfAClosedAccountGetsNoEMail() {
		String to = "closed-" + TestData.unique() + "@closed.invalid";
		transaction.executeWithoutResult(status -> mailer.send(to, Locale.ENGLISH, "welcome", Map.of("name", "Nobody")));
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ?").param(to).query(Long.class).single())
			.isZero();
	}

	@Test
	void anEMailOfARolledBackTransactionNeverLeaves() {
		String to = "rolled-back-" + TestData.unique() + "@example.org";
		transaction.executeWithoutResult(status -> {
			mailer.send(to, Locale.ENGLISH, "welcome", Map.of("name", "Nobody"));
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ?").param(to).query(Long.class).single())
			.isZero();
		assertThat(mailbox.messagesTo(to)).isEmpty();
	}

	@Test
	void anEMailIsOnlyWrittenInsideATransaction() {
		assertThatThrownBy(() -> mailer.send("outside@example.org", Locale.ENGLISH, "welcome", Map.of("name", "X")))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void anEMailThatCannotLeaveIsKeptAndTriedAgainLater() {
		String to = "unreachable-" + TestData.unique() + "@example.org";
		JavaMailSenderImpl closedServer = new JavaMailSenderImpl();
		closedServer.setHost("127.0.0.1");
		closedServer.setPort(1); // nothing listens on port 1
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		MailDispatcher dispatcher = new MailDispatcher(jdbc, transaction, closedServer, new SyncTaskExecutor(),
				Clock.fixed(now, clock.getZone()), "ICON Portal <no-reply@example.org>", Duration.ofDays(30),
				new MockEnvironment());
		jdbc.sql("""
				insert into outgoing_mails (recipient, subject, body_html, body_text, created_at, next_attempt_at)
				values (?, 'Subject', '<p>Body</p>', 'Body', ?, ?)""").params(to, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)).update();

		dispatcher.sendDue();

		record Row(int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt, String lastError) {
		}
		Row row = jdbc.sql("select attempts, next_attempt_at, sent_at, last_error from outgoing_mails where recipient = ?")
			.param(to)
			.query(Row.class)
			.single();
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.sentAt()).isNull();
		assertThat(row.nextAttemptAt().toInstant()).isEqualTo(now.plus(Duration.ofMinutes(1)));
		assertThat(row.lastError()).isNotBlank();
	}

	@Test
	void theDemoWithoutAnSmtpServerDeliversTheEMailToThePortalsMailbox() {
		String to = "demo-" + TestData.unique() + "@example.org";
		JavaMailSenderImpl closedServer = new JavaMailSenderImpl();
		closedServer.setHost("127.0.0.1");
		closedServer.setPort(1); // nothing listens on port 1, and nothing may try
		MockEnvironment demo = new MockEnvironment().withProperty("spring.mail.host", "");
		demo.setActiveProfiles("demo");
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		MailDispatcher dispatcher = new MailDispatcher(jdbc, transaction, closedServer, new SyncTaskExecutor(),
				Clock.fixed(now, clock.getZone()), "ICON Portal <no-reply@example.org>", Duration.ofDays(30), demo);
		jdbc.sql("""
				insert into outgoing_mails (recipient, subject, body_html, body_text, created_at, next_attempt_at)
				values (?, 'Subject', '<p>Body</p>', 'Body', ?, ?)""").params(to, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)).update();

		dispatcher.sendDue();

		record Row(int attempts, OffsetDateTime sentAt, String lastError, boolean deliveredInPortal) {
		}
		Row row = jdbc.sql("select attempts, sent_at, last_error, delivered_in_portal from outgoing_mails where recipient = ?")
			.param(to)
			.query(Row.class)
			.single();
		assertThat(row.deliveredInPortal()).isTrue();
		assertThat(row.sentAt().toInstant()).isEqualTo(now);
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.lastError()).isNull();
	}

	@Test
	void withAnSmtpServerOrWithoutTheDemoEMailsLeaveBySmtp() {
		MockEnvironment demo = new MockEnvironment().withProperty("spring.mail.host", "mailpit");
		demo.setActiveProfiles("demo");
		MockEnvironment production = new MockEnvironment().withProperty("spring.mail.host", "");

		assertThat(DemoMailbox.receivesMail(demo)).isFalse();
		assertThat(DemoMailbox.receivesMail(production)).isFalse();
	}

	@Test
	void whileTheSmtpServerTalksNoTransactionIsOpenAndTheEMailIsClaimedForTenMinutes() {
		String to = "claimed-" + TestData.unique() + "@example.org";
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		record During(boolean transactionOpen, OffsetDateTime nextAttemptAt, boolean rowLocked) {
		}
		List<During> seen = new ArrayList<>();
		JavaMailSenderImpl server = new JavaMailSenderImpl() {

			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				seen.add(new During(
						TransactionSynchronizationManager.isActualTransactionActive(),
						jdbc.sql("select next_attempt_at from outgoing_mails where recipient = ?")
							.param(to)
							.query(OffsetDateTime.class)
							.single(),
						transaction.execute(status -> jdbc
							.sql("select id from outgoing_mails where recipient = ? for update skip locked")
							.param(to)
							.query(Long.class)
							.optional()
							.isEmpty())));
			}
		};
		MailDispatcher dispatcher = new MailDispatcher(jdbc, transaction, server, new SyncTaskExecutor(),
				Clock.fixed(now, clock.getZone()), "ICON Portal <no-reply@example.org>", Duration.ofDays(30),
				new MockEnvironment());
		jdbc.sql("""
				insert into outgoing_mails (recipient, subject, body_html, body_text, created_at, next_attempt_at)
				values (?, 'Subject', '<p>Body</p>', 'Body', ?, ?)""").params(to, now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC)).update();

		dispatcher.sendDue();

		assertThat(seen).hasSize(1);
		assertThat(seen.get(0).transactionOpen()).isFalse();
		assertThat(seen.get(0).rowLocked()).isFalse();
		assertThat(seen.get(0).nextAttemptAt().toInstant()).isEqualTo(now.plus(MailDispatcher.CLAIM));
		assertThat(jdbc.sql("select sent_at from outgoing_mails where recipient = ?")
			.param(to)
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(now);
	}
}
