/**
 * Signing in, registering as an applicant, passwords, and each person's own account: name, language, password, their
 * data and closing the account.
 */
package health.flanders.portal.web.account;
