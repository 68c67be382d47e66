package health.flanders.portal.call.proposal;

/** The part an organisation plays in a consortium; exactly one member coordinates. */
public enum MemberRole {
	COORDINATOR,
	PARTNER
}
