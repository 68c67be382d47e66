package health.flanders.portal.call.organisation;

/** The size of an enterprise. */
public enum OrganisationSize {
	SME,
	LARGE
}
