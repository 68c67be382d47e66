package health.flanders.portal.call.programme;

/** Where a funding programme stands: suggested by someone, then published or declined by staff. */
public enum ProgrammeStatus {
	SUGGESTED,
	PUBLISHED,
	DECLINED
}
