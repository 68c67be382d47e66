package health.flanders.portal.call.session;

/** How people attend an information session. */
public enum SessionFormat {
	IN_PERSON,
	ONLINE,
	HYBRID
}
