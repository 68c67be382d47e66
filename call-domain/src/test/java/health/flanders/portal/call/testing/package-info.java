/** The PostgreSQL that tests run against: a container, a server named by the environment, or an embedded one. */
package health.flanders.portal.call.testing;
