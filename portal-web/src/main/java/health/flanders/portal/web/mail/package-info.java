/** E-mail to people: written to an outbox in the transaction of the change, sent after it commits. */
package health.flanders.portal.web.mail;
