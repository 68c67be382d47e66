/** Which participants of a session's partnering fit each other: shared goals, offers meeting needs, consortium gaps. */
package health.flanders.portal.matching.participant;
