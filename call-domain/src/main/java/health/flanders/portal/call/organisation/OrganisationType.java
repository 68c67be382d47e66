package health.flanders.portal.call.organisation;

/** What kind of body an organisation is; only enterprises and RTOs count for the consortium rule. */
public enum OrganisationType {
	/** A company, SME or large; a social-economy enterprise is still an enterprise. */
	ENTERPRISE,
	/** A research and technology organisation: university, university college, strategic research centre. */
	RTO,
	HOSPITAL,
	OTHER
}
