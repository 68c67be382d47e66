package health.flanders.portal.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import health.flanders.portal.web.mail.LinkedText.Part;

class LinkedTextTests {

	@Test
	void webAddressesBecomeLinksAndTheRestStaysText() {
		LinkedText text = LinkedText.of("Choose a new password (https://icon.example.org/password/reset?token=a-B_9)\nBye");

		assertThat(text.parts()).containsExactly(new Part("Choose a new password (", false),
				new Part("https://icon.example.org/password/reset?token=a-B_9", true), new Part(")\nBye", false));
	}

	@Test
	void theFullStopOrCommaAfterAnAddressBelongsToTheSentence() {
		assertThat(LinkedText.of("See http://localhost:8080/calls. Or http://localhost:8080/info-sessions, then").parts())
			.containsExactly(new Part("See ", false), new Part("http://localhost:8080/calls", true), new Part(". Or ", false),
					new Part("http://localhost:8080/info-sessions", true), new Part(", then", false));
	}

	@Test
	void onlyHttpAndHttpsBecomeLinks() {
		assertThat(LinkedText.of("javascript:alert(1) <a href=\"x\">data:text/html,hi ftp://example.org").parts())
			.containsExactly(new Part("javascript:alert(1) <a href=\"x\">data:text/html,hi ftp://example.org", false));
	}

	@Test
	void aTextWithoutAddressesIsOnePartAndAnEmptyTextNone() {
		assertThat(LinkedText.of("Dear Ann,").parts()).containsExactly(new Part("Dear Ann,", false));
		assertThat(LinkedText.of("").parts()).isEmpty();
	}
}
