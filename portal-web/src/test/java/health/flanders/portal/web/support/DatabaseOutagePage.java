package health.flanders.portal.web.support;

import java.sql.SQLTransientConnectionException;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A URL, in tests only, that fails the way a request fails while the database cannot be reached (the connection pool
 * gives up), so that the outage page the portal then answers with can be checked like every other page without
 * taking the shared test database down. No handler maps the failure: the answer comes from the outage filter, as when
 * the session store fails before any controller runs.
 */
@TestComponent
@Controller
class DatabaseOutagePage {

	static final String PATH = "/test/database-outage";

	@GetMapping(PATH)
	String page() {
		throw new IllegalStateException("A test's database outage",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"));
	}
}
