package health.flanders.portal.call.session;

/** How one registrant attends: in the room or online. A hybrid session offers both, each with its own seats. */
public enum Attendance {
	IN_PERSON,
	ONLINE
}
