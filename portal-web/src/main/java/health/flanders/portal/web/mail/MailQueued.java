package health.flanders.portal.web.mail;

/** An e-mail was written to the outbox; once its transaction commits, the dispatcher may send it. */
record MailQueued(long mailId) {
}
