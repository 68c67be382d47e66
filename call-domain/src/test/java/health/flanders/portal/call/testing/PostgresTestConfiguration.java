package health.flanders.portal.call.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points a test context at PostgreSQL: a Testcontainers PostgreSQL where Docker runs, otherwise the
 * {@link TestDatabase} of this run. Import it in every test that needs the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:18-alpine");
	}

	@Bean
	@Conditional(DockerAbsent.class)
	DynamicPropertyRegistrar testDatabaseProperties() {
		return registry -> {
			TestDatabase.Connection connection = TestDatabase.connection();
			registry.add("spring.datasource.url", connection::url);
			if (connection.username() != null) {
				registry.add("spring.datasource.username", connection::username);
				registry.add("spring.datasource.password", connection::password);
			}
		};
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

	static class DockerAbsent implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !DockerClientFactory.instance().isDockerAvailable();
		}

	}
}
