/** The people who sign in to the portal and the roles they hold. */
package health.flanders.portal.call.user;
