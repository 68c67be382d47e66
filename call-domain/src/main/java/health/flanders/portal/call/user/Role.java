package health.flanders.portal.call.user;

/** What a person may do in the portal; one person may hold several roles. */
public enum Role {
	APPLICANT,
	STAFF,
	REVIEWER,
	ADMIN
}
