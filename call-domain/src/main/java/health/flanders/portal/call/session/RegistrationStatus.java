package health.flanders.portal.call.session;

/** Where a registration stands. */
public enum RegistrationStatus {
	CONFIRMED,
	WAITLISTED,
	CANCELLED
}
