package health.flanders.portal.web.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mailbox inside the portal, for someone trying the demo without an SMTP server: with the {@code demo} profile and
 * no {@code spring.mail.host} (SPRING_MAIL_HOST), {@link MailDispatcher} delivers each e-mail here instead of sending
 * it, and admins read them at {@code /demo/mail}. The e-mails stay in PostgreSQL's outbox, so every instance shows the
 * same mailbox. With an SMTP server (Mailpit under Docker) e-mails go there as always and this mailbox stays empty.
 */
@Component
@Profile("demo")
class DemoMailbox {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	DemoMailbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether e-mails are delivered to this mailbox rather than to an SMTP server. */
	static boolean receivesMail(Environment environment) {
		return environment.matchesProfiles("demo") && !StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}

	/** One page of the mailbox, newest first, and whether older e-mails follow. */
	MailboxPage page(int page) {
		List<Entry> entries = jdbc.sql("""
				select id, recipient, subject, sent_at from outgoing_mails where delivered_in_portal
				order by sent_at desc, id desc limit ? offset ?""")
			.params(PAGE_SIZE + 1, (long) page * PAGE_SIZE)
			.query((row, number) -> new Entry(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
					row.getObject("sent_at", OffsetDateTime.class).toInstant()))
			.list();
		boolean more = entries.size() > PAGE_SIZE;
		return new MailboxPage(more ? entries.subList(0, PAGE_SIZE) : entries, page, more);
	}

	/** An e-mail delivered to the mailbox, with the names of its attachments. */
	Optional<Mail> mail(long id) {
		return jdbc.sql("""
				select id, recipient, subject, sent_at, body_text from outgoing_mails
				where id = ? and delivered_in_portal""")
			.param(id)
			.query((row, number) -> new Mail(row.getLong("id"), row.getString("recipient"), row.getString("subject"),
					row.getObject("sent_at", OffsetDateTime.class).toInstant(),
					LinkedText.of(row.getString("body_text")), attachments(id)))
			.optional();
	}

	private List<String> attachments(long id) {
		return jdbc.sql("select filename from outgoing_mail_attachments where mail_id = ? order by id")
			.param(id)
			.query(String.class)
			.list();
	}

	record Entry(long id, String recipient, String subject, Instant deliveredAt) {
	}

	record MailboxPage(List<Entry> entries, int page, boolean more) {
	}

	record Mail(long id, String recipient, String subject, Instant deliveredAt, LinkedText text,
			List<String> attachments) {
	}
}
