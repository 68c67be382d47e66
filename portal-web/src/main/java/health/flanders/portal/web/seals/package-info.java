/** The keys of the portal's seals, required at start-up, and the daily digest of the audit trail. */
package health.flanders.portal.web.seals;
