package health.flanders.portal.matching.expertise;

import java.util.List;

/**
 * What the matcher knows of a reviewer's expertise: their publications, and the keywords they typed, which stand in
 * for the publications when there are none.
 */
public record ReviewerProfile(String reviewerId, List<Publication> publications, List<String> keywords) {

	public ReviewerProfile {
		publications = List.copyOf(publications);
		keywords = List.copyOf(keywords);
	}
}
