package health.flanders.portal.web.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the e-mails of the outbox: right after the transaction that wrote one commits, and again on a schedule for
 * those that failed (the SMTP server was down) with a growing delay, up to an hour. Each e-mail is claimed before it
 * is sent (its next attempt moved {@link #CLAIM} ahead, in one statement that skips rows another instance is claiming),
 * so several portal instances never send the same one twice; should an instance stop while sending, another sends it
 * once the claim has run out. No database connection is held while the SMTP server talks, and one instance runs one
 * sending round at a time however many e-mails a burst queued, so that e-mail never takes the connections that
 * requests wait for. Sent e-mails are deleted after a retention period: they hold personal data. With the demo profile
 * and no SMTP server configured, e-mails are delivered to the portal's own {@link DemoMailbox} instead.
 */
@Component
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private static final Duration LONGEST_DELAY = Duration.ofHours(1);

	/** How long an e-mail being sent is left to its sender: far longer than the SMTP time-outs. */
	static final Duration CLAIM = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final JavaMailSender sender;

	private final TaskExecutor executor;

	private final Clock clock;

	private final String from;

	private final Duration retention;

	/** E-mails go to the {@link DemoMailbox}, not to an SMTP server. */
	private final boolean inPortal;

	/** A sending round is queued on the executor and has not started yet. */
	private final AtomicBoolean roundQueued = new AtomicBoolean();

	MailDispatcher(JdbcClient jdbc, TransactionTemplate transaction, JavaMailSender sender,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock, @Value("${icon.mail.from}") String from,
			@Value("${icon.mail.retention:P30D}") Duration retention, Environment environment) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.sender = sender;
		this.executor = executor;
		this.clock = clock;
		this.from = from;
		this.retention = retention;
		this.inPortal = DemoMailbox.receivesMail(environment);
		if (inPortal) {
			log.info("E-mails: no SMTP server configured (spring.mail.host), so the demo delivers them to the "
					+ "mailbox at /demo/mail, for admins");
		}
	}

	/** Starts a sending round unless one is queued already, which will find this e-mail too. */
	@TransactionalEventListener
	void afterCommit(MailQueued queued) {
		if (roundQueued.compareAndSet(false, true)) {
			executor.execute(() -> {
				roundQueued.set(false);
				sendDue();
			});
		}
	}

	/**
	 * Runs in every instance, without a ShedLock lock on purpose: each e-mail is claimed with
	 * {@code for update skip locked}, so instances running at once share the due e-mails instead of sending one twice,
	 * and deleting old e-mails twice deletes nothing more. A lock would only let one instance send at a time.
	 */
	@Scheduled(initialDelayString = "${icon.mail.retry-interval:PT1M}", fixedDelayString = "${icon.mail.retry-interval:PT1M}")
	void sendDueAndForgetOld() {
		sendDue();
		int deleted = jdbc.sql("delete from outgoing_mails where sent_at < ?")
			.param(clock.instant().minus(retention).atOffset(ZoneOffset.UTC))
			.update();
		if (deleted > 0) {
			log.info("Deleted {} e-mails sent more than {} ago", deleted, retention);
		}
	}

	/** Sends every e-mail that is due, one after the other, until none is left or the portal shuts down. */
	void sendDue() {
		Optional<Claimed> next = claimNext();
		while (next.isPresent()) {
			send(next.get());
			next = Thread.currentThread().isInterrupted() ? Optional.empty() : claimNext();
		}
	}

	/** Claims the next e-mail that is due with its attachments, in a transaction of two statements. */
	private Optional<Claimed> claimNext() {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		return transaction.execute(status -> jdbc.sql("""
				update outgoing_mails set next_attempt_at = ?
				where id = (select id from outgoing_mails where sent_at is null and next_attempt_at <= ?
				            order by next_attempt_at, id limit 1 for update skip locked)
				returning id, recipient, subject, body_html, body_text, attempts""")
			.params(now.plus(CLAIM), now)
			.query(Queued.class)
			.optional()
			.map(mail -> new Claimed(mail, jdbc
				.sql("select filename, content_type, content from outgoing_mail_attachments where mail_id = ? order by id")
				.param(mail.id())
				.query(StoredAttachment.class)
				.list())));
	}

	/** Sends one claimed e-mail, holding no database connection meanwhile, and records the outcome. */
	private void send(Claimed claimed) {
		Queued mail = claimed.mail();
		if (inPortal) {
			jdbc.sql("""
					update outgoing_mails set sent_at = ?, attempts = attempts + 1, last_error = null,
					delivered_in_portal = true where id = ?""")
				.params(clock.instant().atOffset(ZoneOffset.UTC), mail.id())
				.update();
			return;
		}
		try {
			sender.send(toMessage(mail, claimed.attachments()));
			jdbc.sql("update outgoing_mails set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
				.params(clock.instant().atOffset(ZoneOffset.UTC), mail.id())
				.update();
		}
		catch (MailException | MessagingException ex) {
			Duration delay = Duration.ofMinutes(1L << Math.min(mail.attempts(), 6));
			delay = delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
			log.warn("E-mail {} to {} not sent (attempt {}), next try in {}: {}", mail.id(), mail.recipient(),
					mail.attempts() + 1, delay, ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			jdbc.sql("update outgoing_mails set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
				.params(clock.instant().atOffset(ZoneOffset.UTC).plus(delay),
						error.substring(0, Math.min(error.length(), 1000)), mail.id())
				.update();
		}
	}

	private MimeMessage toMessage(Queued mail, List<StoredAttachment> attachments) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.bodyText(), mail.bodyHtml());
		for (StoredAttachment attachment : attachments) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
		return message;
	}

	record Queued(long id, String recipient, String subject, String bodyHtml, String bodyText, int attempts) {
	}

	record Claimed(Queued mail, List<StoredAttachment> attachments) {
	}

	record StoredAttachment(String filename, String contentType, byte[] content) {
	}
}
