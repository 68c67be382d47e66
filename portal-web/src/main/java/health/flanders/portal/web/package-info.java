/** The web application: pages, the JSON API and security, one package per feature. */
package health.flanders.portal.web;
