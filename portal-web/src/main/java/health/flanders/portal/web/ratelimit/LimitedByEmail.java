package health.flanders.portal.web.ratelimit;

/**
 * A JSON request body of a public POST that names an e-mail address: read as such, it takes a token from that
 * address's bucket before the handler runs (see {@link EmailLimitedBodies}). A record with an {@code email} component
 * implements this by itself. Forms need nothing: {@link PublicPostLimitFilter} reads their e-mail field.
 */
public interface LimitedByEmail {

	String email();
}
