/**
 * E-mail to people: written to an outbox in the transaction of the change, sent after it commits; in the demo without
 * an SMTP server, delivered to the portal's own mailbox ({@code /demo/mail}) instead.
 */
package health.flanders.portal.web.mail;
