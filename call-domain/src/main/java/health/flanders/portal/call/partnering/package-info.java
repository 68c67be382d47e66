/** Partnering at information sessions: participants' profiles and their requests for one-to-one meetings. */
package health.flanders.portal.call.partnering;
