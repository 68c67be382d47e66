/** What the portal's tests share: the test database, test data and the browser. */
package health.flanders.portal.web.support;
