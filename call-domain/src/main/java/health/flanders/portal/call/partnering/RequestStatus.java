package health.flanders.portal.call.partnering;

/** Where a request for a meeting stands. */
public enum RequestStatus {
	REQUESTED,
	ACCEPTED,
	DECLINED
}
