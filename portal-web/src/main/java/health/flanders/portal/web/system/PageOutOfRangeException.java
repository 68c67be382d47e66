package health.flanders.portal.web.system;

/**
 * A page number of a paged list below zero or past its last page: the list answers 400 with the page of
 * {@code templates/error/400.html}, never a database error.
 */
public class PageOutOfRangeException extends RuntimeException {

	public PageOutOfRangeException(long page) {
		super("No page " + page);
	}
}
