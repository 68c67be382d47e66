package health.flanders.portal.matching.expertise;

/**
 * One of a reviewer's publications: its title, its abstract when known (null or blank when not), and its year when
 * known (null when not).
 */
public record Publication(String id, String title, String abstractText, Integer year) {

	public Publication {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A publication needs a title");
		}
	}

	/** The title and the abstract, as the matchers read them. */
	public String text() {
		return abstractText == null || abstractText.isBlank() ? title : title + ". " + abstractText;
	}
}
