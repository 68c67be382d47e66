/**
 * Partnering meetings at an information session: placing the accepted one-to-one meetings into the slots and tables
 * of the partnering window, as many as can be, and checking a meeting moved by hand against the same rules.
 */
package health.flanders.portal.matching.partnering;
