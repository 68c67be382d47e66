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
@SpringBootTest(properties = { PortalIntegrationTest.NO_PAGE_CACHE, PortalIntegrationTest.HIGH_ADDRESS_LIMIT,
		PortalIntegrationTest.HIGH_EMAIL_LIMIT })
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, MailTestConfiguration.class, TestData.class })
public @interface PortalIntegrationTest {

	/**
	 * Tests change the registry, calls and sessions and look at them again within a second, also across test classes
	 * that share a context: the public pages are not kept (PublicPageCacheTests covers that).
	 */
	String NO_PAGE_CACHE = "icon.public-pages.time-to-live=0s";

	/**
	 * Every test posts from the same address and reuses addresses across test classes that share the database: the
	 * public POSTs are limited far beyond what the suite sends (PublicPostLimitsIntegrationTests sets its own limits).
	 */
	String HIGH_ADDRESS_LIMIT = "icon.rate-limits.per-address=100000";

	/** See {@link #HIGH_ADDRESS_LIMIT}. */
	String HIGH_EMAIL_LIMIT = "icon.rate-limits.per-email=100000";
}
