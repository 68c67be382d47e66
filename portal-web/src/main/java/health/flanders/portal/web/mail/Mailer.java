package health.flanders.portal.web.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Writes e-mails to the outbox. An e-mail is rendered from {@code templates/mail/<template>.html} in the recipient's
 * language (its {@code <title>} is the subject) and stored in the caller's transaction: if that transaction rolls
 * back, no e-mail leaves; once it commits, {@link MailDispatcher} sends it. Templates get {@code baseUrl} for links.
 */
@Component
public class Mailer {

	private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	Mailer(ITemplateEngine templates, ApplicationContext applicationContext, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock, @Value("${icon.base-url}") String baseUrl) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void send(String to, Locale locale, String template, Map<String, Object> variables,
			Attachment... attachments) {
		if (to.toLowerCase(Locale.ROOT).endsWith(".invalid")) {
			// A closed account's address (RFC 2606 reserves .invalid): nobody is there to read it.
			return;
		}
		String html = render(locale, template, variables);
		Matcher title = TITLE.matcher(html);
		if (!title.find()) {
			throw new IllegalArgumentException("Mail template " + template + " has no <title> for the subject");
		}
		String subject = HtmlUtils.htmlUnescape(title.group(1).strip().replaceAll("\\s+", " "));
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		long id = jdbc.sql("""
				insert into outgoing_mails (recipient, subject, body_html, body_text, created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(to, subject, html, PlainText.of(html), now, now)
			.query(Long.class)
			.single();
		for (Attachment attachment : attachments) {
			jdbc.sql("insert into outgoing_mail_attachments (mail_id, filename, content_type, content) values (?, ?, ?, ?)")
				.params(id, attachment.filename(), attachment.contentType(), attachment.content())
				.update();
		}
		events.publishEvent(new MailQueued(id));
	}

	private String render(Locale locale, String template, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put("baseUrl", baseUrl);
		Context context = new Context(locale, all);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		// Dates in the mail follow the recipient's language, not the language of whoever caused the mail.
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			return templates.process("mail/" + template, context);
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}
}
