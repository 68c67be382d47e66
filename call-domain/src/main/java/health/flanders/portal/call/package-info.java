/** The calls for proposals: their goals, timing, budget and eligibility settings. */
package health.flanders.portal.call;
