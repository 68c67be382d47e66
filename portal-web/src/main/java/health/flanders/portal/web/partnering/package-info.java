/** Partnering at information sessions: admins switch it on, participants publish profiles and ask for meetings. */
package health.flanders.portal.web.partnering;
