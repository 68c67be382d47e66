package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in English and in Dutch, so no page falls back to a key or to the other language. Checks each
 * bundle that {@code spring.messages.basename} names, so a feature's new bundle is checked as soon as it is used.
 */
class MessageBundlesTests {

	static List<String> bundles() throws IOException {
		Properties application = load("application.properties");
		return Arrays.stream(application.getProperty("spring.messages.basename").split(","))
			.map(String::strip)
			.toList();
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void englishAndDutchHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load(bundle + ".properties");
		Properties dutch = load(bundle + "_nl.properties");
		assertThat(dutch.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void noDutchTextIsLeftEmpty(String bundle) throws IOException {
		Properties dutch = load(bundle + "_nl.properties");
		assertThat(dutch.stringPropertyNames()).allSatisfy(key -> assertThat(dutch.getProperty(key)).isNotBlank());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		InputStream resource = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name);
		assertThat(resource).as(name).isNotNull();
		try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
