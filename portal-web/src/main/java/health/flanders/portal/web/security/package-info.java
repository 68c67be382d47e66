/** Who may sign in and what each role may open. */
package health.flanders.portal.web.security;
