/** What admins manage: the people of the portal and their roles. */
package health.flanders.portal.web.admin;
