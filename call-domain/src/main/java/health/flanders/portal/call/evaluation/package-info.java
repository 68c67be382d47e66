/**
 * The evaluation of a call's proposals: who reviews what, the reviews, conflicts of interest, the consensus and the
 * funding decision, with the rules that keep them fair.
 */
package health.flanders.portal.call.evaluation;
