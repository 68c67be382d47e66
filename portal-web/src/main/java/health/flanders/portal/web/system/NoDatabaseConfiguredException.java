package health.flanders.portal.web.system;

/**
 * Thrown at start when no database is configured and this build carries no embedded PostgreSQL (the packaged jar), so
 * that the portal stops with a few lines saying what to set instead of failing later on a missing data source.
 */
public class NoDatabaseConfiguredException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	NoDatabaseConfiguredException() {
		super("No database is configured (spring.datasource.url is not set) and this build of the portal carries no"
				+ " embedded PostgreSQL");
	}
}
