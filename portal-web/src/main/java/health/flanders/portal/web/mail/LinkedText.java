package health.flanders.portal.web.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an e-mail cut into plain parts and web addresses, so that a page shows the text escaped as any text and
 * the addresses as links to follow: nothing of the e-mail is ever taken as markup, and only http and https become links.
 */
record LinkedText(List<Part> parts) {

	/** An address runs to a space, a bracket or a quote, and leaves a full stop or comma after it to the sentence. */
	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s()<>\"]*[^\\s()<>\".,;:!?']");

	static LinkedText of(String text) {
		List<Part> parts = new ArrayList<>();
		Matcher address = ADDRESS.matcher(text);
		int from = 0;
		while (address.find()) {
			if (address.start() > from) {
				parts.add(new Part(text.substring(from, address.start()), false));
			}
			parts.add(new Part(address.group(), true));
			from = address.end();
		}
		if (from < text.length()) {
			parts.add(new Part(text.substring(from), false));
		}
		return new LinkedText(List.copyOf(parts));
	}

	/** Text, or a web address when {@code link}. */
	record Part(String text, boolean link) {
	}
}
