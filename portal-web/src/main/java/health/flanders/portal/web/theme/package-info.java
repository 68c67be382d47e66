/** The operator's identity on every page: name, colours and logo from the settings, their contrast checked at start-up. */
package health.flanders.portal.web.theme;
