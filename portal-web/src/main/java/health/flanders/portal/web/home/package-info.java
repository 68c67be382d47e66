/** The home page. */
package health.flanders.portal.web.home;
