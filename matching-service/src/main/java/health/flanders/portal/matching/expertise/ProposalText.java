package health.flanders.portal.matching.expertise;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parts of a proposal that say what a reviewer must know: its title, abstract and medical need (any may be null). */
public record ProposalText(String title, String abstractText, String medicalNeed) {

	public static ProposalText of(String title, String abstractText) {
		return new ProposalText(title, abstractText, null);
	}

	/** The parts that are there, one after the other. */
	public String text() {
		return Stream.of(title, abstractText, medicalNeed)
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(". "));
	}
}
