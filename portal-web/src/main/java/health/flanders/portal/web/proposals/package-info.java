/** An applicant's own proposals. Every lookup is scoped to the signed-in applicant: another's proposal is a 404. */
package health.flanders.portal.web.proposals;
