package health.flanders.portal.web.system;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariConfigMXBean;

/**
 * Puts a {@link ConnectionQueue} in front of the connection pool: requests and scheduled jobs wait for a connection in
 * order, up to {@code icon.database.queue-timeout}, while the pool's own {@code connection-timeout} stays short so that
 * an unreachable database still shows the outage page within seconds.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionQueueConfiguration {

	@Bean
	static BeanPostProcessor connectionQueue(Environment environment) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (!(bean instanceof DataSource pool) || bean instanceof ConnectionQueue) {
					return bean;
				}
				HikariConfigMXBean hikari = hikari(pool);
				if (hikari == null) {
					return bean;
				}
				Duration timeout = Binder.get(environment)
					.bind("icon.database.queue-timeout", Duration.class)
					.orElse(Duration.ofSeconds(30));
				return new ConnectionQueue(pool, hikari.getMaximumPoolSize(), timeout);
			}
		};
	}

	private static HikariConfigMXBean hikari(DataSource pool) {
		try {
			return pool.isWrapperFor(HikariConfigMXBean.class) ? pool.unwrap(HikariConfigMXBean.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}
}
