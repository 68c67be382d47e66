package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text exists in English and in Dutch, so no page falls back to a key or to the other language. */
class MessageBundlesTests {

	@Test
	void englishAndDutchHaveTheSameKeys() throws IOException {
		Properties english = load("messages.properties");
		Properties dutch = load("messages_nl.properties");
		assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@Test
	void noDutchTextIsLeftEmpty() throws IOException {
		Properties dutch = load("messages_nl.properties");
		assertThat(dutch.stringPropertyNames()).allSatisfy(key -> assertThat(dutch.getProperty(key)).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessageBundlesTests.class.getClassLoader().getResourceAsStream(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
