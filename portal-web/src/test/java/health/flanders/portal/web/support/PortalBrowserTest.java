package health.flanders.portal.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import health.flanders.portal.call.testing.PostgresTestConfiguration;

/**
 * The whole portal on PostgreSQL on a random port, for browser tests (register {@link Browser} as an extension) and
 * tests over real HTTP; inject the port with {@code @LocalServerPort}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		PortalIntegrationTest.NO_PAGE_CACHE, PortalIntegrationTest.HIGH_ADDRESS_LIMIT, PortalIntegrationTest.HIGH_EMAIL_LIMIT })
@Import({ PostgresTestConfiguration.class, MailTestConfiguration.class, TestData.class })
public @interface PortalBrowserTest {
}
