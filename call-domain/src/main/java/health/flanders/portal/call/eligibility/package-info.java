/** The ICON consortium rule: is a consortium eligible for a call, and if not, why. */
package health.flanders.portal.call.eligibility;
