package health.flanders.portal.web.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

import health.flanders.portal.call.testing.PostgresTestConfiguration;

/** The whole portal on PostgreSQL, driven through MockMvc with the real security. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, MailTestConfiguration.class, TestData.class })
public @interface PortalIntegrationTest {
}
