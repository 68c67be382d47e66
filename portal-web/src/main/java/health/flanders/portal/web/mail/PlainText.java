package health.flanders.portal.web.mail;

import org.springframework.web.util.HtmlUtils;

/** The plain-text part of an e-mail, read off its HTML: the words and links without the markup. */
final class PlainText {

	private PlainText() {
	}

	static String of(String html) {
		String body = html.replaceAll("(?is)<head>.*?</head>", "")
			.replaceAll("(?is)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", "$2 ($1)")
			.replaceAll("(?i)<br\\s*/?>", "\n")
			.replaceAll("(?i)</(p|h[1-6]|li|tr|div)>", "\n")
			.replaceAll("(?i)<li[^>]*>", "- ")
			.replaceAll("<[^>]+>", "");
		return HtmlUtils.htmlUnescape(body)
			.lines()
			.map(String::strip)
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
	}
}
