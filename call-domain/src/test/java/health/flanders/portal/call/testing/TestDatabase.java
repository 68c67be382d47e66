package health.flanders.portal.call.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh PostgreSQL database for this test run (one JVM), made once and dropped when the JVM ends, so two runs never
 * see each other's data. Used where Docker is absent:
 * <ul>
 * <li>when {@value #SERVER_URL_VARIABLE} names a server, e.g.
 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres}, a new database is created on it;</li>
 * <li>otherwise an embedded PostgreSQL (zonky, PostgreSQL 18) starts in a temporary folder.</li>
 * </ul>
 */
public final class TestDatabase {

	public static final String SERVER_URL_VARIABLE = "ICON_TEST_DATABASE_URL";

	private static Connection details;

	private static EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	/** The JDBC URL of this run's database, creating it on first use. */
	public static synchronized Connection connection() {
		if (details == null) {
			String serverUrl = System.getenv(SERVER_URL_VARIABLE);
			details = serverUrl == null || serverUrl.isBlank() ? startEmbedded() : createOn(serverUrl);
		}
		return details;
	}

	/**
	 * Another database, empty and of its own, on the same server as this run's: for a test that needs a database no
	 * other test has touched (the first start of an install). Dropped when the JVM ends, as the run's database is.
	 */
	public static synchronized Connection fresh() {
		String serverUrl = System.getenv(SERVER_URL_VARIABLE);
		if (serverUrl != null && !serverUrl.isBlank()) {
			return createOn(serverUrl);
		}
		connection();
		// The embedded server and its folder go away with the JVM, databases and all.
		String name = newName();
		execute(embedded.getJdbcUrl("postgres", "postgres"), "create database " + name);
		return new Connection(embedded.getJdbcUrl("postgres", name), "postgres", "");
	}

	private static String newName() {
		return "icon_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	private static Connection createOn(String serverUrl) {
		String name = newName();
		execute(serverUrl, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(serverUrl, "drop database if exists " + name + " with (force)")));
		String url = serverUrl.replaceFirst("^(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + name);
		return new Connection(url, null, null);
	}

	private static void execute(String url, String sql) {
		try (java.sql.Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, ex);
		}
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			embedded = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/** Where to connect; user and password are {@code null} when the URL carries them. */
	public record Connection(String url, String username, String password) {
	}
}
