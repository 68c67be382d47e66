package health.flanders.portal.web.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Sessions in PostgreSQL (Spring Session JDBC), read and written with as few statements as a request needs. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Two requests of one session at once may both save the same attribute, such as a fresh CSRF token: an upsert lets
	 * the later one win instead of failing on the key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Boot's JDBC session repository, wrapped in a {@link WriteOnChangeSessionRepository}, with plain JDBC
	 * transactions (not JPA's, which open an entity manager each) that its statements join only when the wrapper opened
	 * one: reads are single statements.
	 */
	@Bean
	static BeanPostProcessor writeSessionsOnChange(ObjectProvider<DataSource> dataSource) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcHttpSessionConfiguration configuration) {
					configuration.setTransactionOperations(
							transactions(dataSource, TransactionDefinition.PROPAGATION_SUPPORTS));
				}
				return bean;
			}

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository repository) {
					return new WriteOnChangeSessionRepository(repository,
							transactions(dataSource, TransactionDefinition.PROPAGATION_REQUIRED));
				}
				return bean;
			}
		};
	}

	private static TransactionTemplate transactions(ObjectProvider<DataSource> dataSource, int propagation) {
		TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource.getObject()));
		template.setPropagationBehavior(propagation);
		return template;
	}
}
