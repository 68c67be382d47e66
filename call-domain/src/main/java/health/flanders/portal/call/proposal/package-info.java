/** Proposals submitted to a call, with their consortium and the applicants who may edit them. */
package health.flanders.portal.call.proposal;
