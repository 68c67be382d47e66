package health.flanders.portal.web.system;

/**
 * A page number of a paged list that is not a number, below zero or past its last page: the list answers 400 with the
 * page of {@code templates/error/400.html}, never a database error.
 */
public class PageOutOfRangeException extends RuntimeException {

	public PageOutOfRangeException(String page) {
		super("No page " + page);
	}

	/**
	 * The page number a list's {@code page} parameter asks for, zero or more; read here rather than by Spring, whose
	 * refusal of a word would answer a page with a problem body in JSON.
	 */
	public static int pageNumber(String page) {
		try {
			int number = Integer.parseInt(page.strip());
			if (number < 0) {
				throw new PageOutOfRangeException(page);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw new PageOutOfRangeException(page);
		}
	}
}
