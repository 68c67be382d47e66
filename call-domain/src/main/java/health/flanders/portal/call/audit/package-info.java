/** The append-only, hash-chained audit trail of the decisions that matter. */
package health.flanders.portal.call.audit;
