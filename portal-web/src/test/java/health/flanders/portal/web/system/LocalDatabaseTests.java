package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The packaged jar carries no embedded PostgreSQL: with a configured database it starts on it, without one it stops and
 * says what to set.
 */
class LocalDatabaseTests {

	private final LocalDatabase withoutEmbedded = new LocalDatabase(false, false);

	@Test
	void aConfiguredDatabaseIsUsedWithoutTheEmbeddedOne() {
		ConfigurableEnvironment environment = environment(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.example.org:5432/icon"));

		this.withoutEmbedded.onApplicationEvent(preparedEvent(environment));

		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example.org:5432/icon");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
	}

	@Test
	void noDatabaseAndNoEmbeddedOneStopsTheStartSayingWhatToSet() {
		ConfigurableEnvironment environment = environment(Map.of());

		assertThatThrownBy(() -> this.withoutEmbedded.onApplicationEvent(preparedEvent(environment)))
			.isInstanceOfSatisfying(NoDatabaseConfiguredException.class, missing -> {
				FailureAnalysis analysis = new NoDatabaseConfiguredFailureAnalyzer()
					.analyze(new IllegalStateException("wrapped", missing));
				assertThat(analysis.getDescription()).contains("No database is configured")
					.contains("no embedded PostgreSQL");
				assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL")
					.contains("SPRING_DATASOURCE_USERNAME")
					.contains("./mvnw -pl portal-web -am spring-boot:run");
			});
	}

	@Test
	void aBlankUrlCountsAsNone() {
		ConfigurableEnvironment environment = environment(Map.of("spring.datasource.url", " "));

		assertThatThrownBy(() -> this.withoutEmbedded.onApplicationEvent(preparedEvent(environment)))
			.isInstanceOf(NoDatabaseConfiguredException.class);
	}

	/** Only the given properties: whatever the machine running the test has set plays no part. */
	private static ConfigurableEnvironment environment(Map<String, Object> properties) {
		MockEnvironment environment = new MockEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

	private static ApplicationEnvironmentPreparedEvent preparedEvent(ConfigurableEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}
}
