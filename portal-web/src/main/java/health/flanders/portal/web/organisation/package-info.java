/** What every form about an organisation shares: its details, checked by the rules written once in the call domain. */
package health.flanders.portal.web.organisation;
