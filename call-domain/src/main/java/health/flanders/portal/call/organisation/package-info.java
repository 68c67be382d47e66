/** Organisations that can join a consortium: enterprises, research organisations and others, with their addresses. */
package health.flanders.portal.call.organisation;
