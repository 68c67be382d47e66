package health.flanders.portal.web.publications;

/** A reviewer's import was committed: its publications wait for their vectors. */
record PublicationsImported(long reviewerId, int added) {
}
