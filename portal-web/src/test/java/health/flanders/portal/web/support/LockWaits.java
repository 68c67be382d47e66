package health.flanders.portal.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;

/** For tests of two runs racing on one table: waiting until one is held by the other's lock, or has ended. */
public final class LockWaits {

	private LockWaits() {
	}

	/** Waits until the run is held at an insert into the table by another transaction's lock, or has ended. */
	public static void awaitBlockedOrDone(JdbcClient jdbc, String table, Future<Integer> run) throws Exception {
		Instant giveUp = Instant.now().plusSeconds(10);
		while (!insertWaitsForALock(jdbc, table)) {
			try {
				run.get(20, TimeUnit.MILLISECONDS);
				return;
			}
			catch (TimeoutException stillRunning) {
				assertThat(Instant.now()).as("the second run waits or ends").isBefore(giveUp);
			}
		}
	}

	public static void awaitOrFail(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean insertWaitsForALock(JdbcClient jdbc, String table) {
		return jdbc.sql("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock' and query like ?""")
			.param("%insert into " + table + "%")
			.query(Long.class)
			.single() > 0;
	}
}
