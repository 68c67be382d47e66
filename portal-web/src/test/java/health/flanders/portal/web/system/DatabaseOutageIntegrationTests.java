package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import health.flanders.portal.call.testing.TestDatabase;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.MailTestConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TcpProxy;
import health.flanders.portal.web.support.TestData;

/**
 * The portal reaches PostgreSQL through a TCP proxy that the test cuts and restores: while the database is away,
 * people get a friendly 503 and the health check says DOWN; when it is back, the portal serves again by itself.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.connection-timeout=1000", PortalIntegrationTest.NO_PAGE_CACHE,
		PortalIntegrationTest.HIGH_ADDRESS_LIMIT, PortalIntegrationTest.HIGH_EMAIL_LIMIT })
@AutoConfigureMockMvc
@Import({ DatabaseOutageIntegrationTests.ProxiedDatabase.class, MailTestConfiguration.class, TestData.class })
class DatabaseOutageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TcpProxy proxy;

	@Autowired
	PortalUserRepository users;

	@Autowired
	TestData data;

	@Test
	void whileTheDatabaseIsAwayPeopleGetA503AndThePortalRecoversByItself() throws Exception {
		mvc.perform(get("/calls")).andExpect(status().isOk());
		String email = "during-outage-" + TestData.unique() + "@example.org";

		proxy.cut();
		try {
			mvc.perform(get("/calls"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(containsString("The portal is temporarily unavailable")));
			mvc.perform(get("/api/v1/calls"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.title").value("Temporarily unavailable"));
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			mvc.perform(post("/register").with(csrf())
				.param("fullName", "Olga Outage")
				.param("email", email)
				.param("password", TestData.PASSWORD)
				.param("confirmPassword", TestData.PASSWORD)
				.param("language", "en")).andExpect(status().isServiceUnavailable());
		}
		finally {
			proxy.restore();
		}

		// The pool opens new connections by itself; the first requests may still find the old, broken ones.
		Instant giveUp = Instant.now().plusSeconds(20);
		while (mvc.perform(get("/calls")).andReturn().getResponse().getStatus() != 200) {
			assertThat(Instant.now()).as("the portal serves again within 20 s").isBefore(giveUp);
		}
		mvc.perform(get("/calls")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		assertThat(users.findByEmail(PortalUser.normaliseEmail(email))).isEmpty();
	}

	@Test
	void aSignedInPersonGetsThe503PageDuringTheOutageAndTheirDashboardAgainAfterIt() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Cookie session = mvc.perform(formLogin("/login").user(applicant.getEmail()).password(TestData.PASSWORD))
			.andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/proposals").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My proposals")));

		proxy.cut();
		try {
			// The session itself lives in the database: reading it fails before any controller runs.
			mvc.perform(get("/proposals").cookie(session))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(containsString("The portal is temporarily unavailable")));
		}
		finally {
			proxy.restore();
		}

		Instant giveUp = Instant.now().plusSeconds(20);
		while (mvc.perform(get("/proposals").cookie(session)).andReturn().getResponse().getStatus() != 200) {
			assertThat(Instant.now()).as("the dashboard is back within 20 s").isBefore(giveUp);
		}
		mvc.perform(get("/proposals").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My proposals")));
	}

	/** The test's PostgreSQL, reached through a {@link TcpProxy}. */
	@TestConfiguration(proxyBeanMethods = false)
	static class ProxiedDatabase {

		private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?/(.*)");

		@Bean(destroyMethod = "close")
		TcpProxy databaseProxy(TestDatabase.Connection database) {
			Matcher url = URL.matcher(database.url());
			if (!url.matches()) {
				throw new IllegalStateException("Unexpected JDBC URL " + database.url());
			}
			return new TcpProxy(url.group(1), url.group(2) == null ? 5432 : Integer.parseInt(url.group(2)));
		}

		@Bean
		TestDatabase.Connection database() {
			if (DockerClientFactory.instance().isDockerAvailable()) {
				PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
				container.start();
				return new TestDatabase.Connection(container.getJdbcUrl(), container.getUsername(),
						container.getPassword());
			}
			return TestDatabase.connection();
		}

		@Bean
		DynamicPropertyRegistrar proxiedDataSource(TcpProxy proxy, TestDatabase.Connection database) {
			return registry -> {
				registry.add("spring.datasource.url",
						() -> URL.matcher(database.url()).replaceFirst("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/$3"));
				if (database.username() != null) {
					registry.add("spring.datasource.username", database::username);
					registry.add("spring.datasource.password", database::password);
				}
			};
		}
	}
}
