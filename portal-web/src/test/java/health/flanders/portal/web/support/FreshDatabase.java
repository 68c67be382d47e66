package health.flanders.portal.web.support;

import java.util.HashMap;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import health.flanders.portal.call.testing.TestDatabase;

/**
 * An empty PostgreSQL database of its own, for portal instances that a test starts itself on what must look like a
 * fresh install (the shared database of the test run holds every other test's rows): a Testcontainers PostgreSQL where
 * Docker runs, otherwise a new database beside the run's ({@link TestDatabase#fresh()}).
 */
public final class FreshDatabase implements AutoCloseable {

	private final PostgreSQLContainer container;

	private final TestDatabase.Connection connection;

	private FreshDatabase(PostgreSQLContainer container, TestDatabase.Connection connection) {
		this.container = container;
		this.connection = connection;
	}

	public static FreshDatabase create() {
		if (DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
			container.start();
			return new FreshDatabase(container, new TestDatabase.Connection(container.getJdbcUrl(),
					container.getUsername(), container.getPassword()));
		}
		return new FreshDatabase(null, TestDatabase.fresh());
	}

	/** Where to connect; user and password are {@code null} when the URL carries them. */
	public TestDatabase.Connection connection() {
		return connection;
	}

	/** The settings that point a portal instance at this database. */
	public Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.datasource.url", connection.url());
		if (connection.username() != null) {
			properties.put("spring.datasource.username", connection.username());
			properties.put("spring.datasource.password", connection.password());
		}
		return properties;
	}

	/** Stops the container, if any; a database beside the run's is dropped with the run's when the JVM ends. */
	@Override
	public void close() {
		if (container != null) {
			container.stop();
		}
	}
}
