/** Journeys through the portal in a real browser. */
package health.flanders.portal.web.browser;
