/** What every page needs: time, language, errors, and the database to run on locally. */
package health.flanders.portal.web.system;
