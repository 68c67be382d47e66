package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class ConnectionQueueTests {

	private final DataSource pool = mock(DataSource.class);

	/**
	 * A new thread for each task: a thread that took a connection and is done keeps no place of its own, as a pooled
	 * thread would (it would get its next connection past the queue, as a thread that holds one does).
	 */
	private final Executor threads = task -> new Thread(task).start();

	@Test
	void aRequestWaitsWhileEveryConnectionIsTakenAndGetsTheOneGivenBack() throws Exception {
		when(pool.getConnection()).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 2, Duration.ofSeconds(30));
		Connection first = inAnotherThread(queue::getConnection);
		inAnotherThread(queue::getConnection);

		CompletableFuture<Connection> third = CompletableFuture.supplyAsync(() -> connection(queue), threads);
		await(() -> queue.waiting() == 1);
		assertThat(third).isNotDone();

		first.close();
		assertThat(third.get(10, TimeUnit.SECONDS)).isNotNull();
	}

	@Test
	void thoseWhoWaitGetTheirTurnInTheOrderTheyAsked() throws Exception {
		when(pool.getConnection()).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 1, Duration.ofSeconds(30));
		Connection taken = inAnotherThread(queue::getConnection);
		List<Integer> served = new CopyOnWriteArrayList<>();
		List<CompletableFuture<Void>> waiting = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			int turn = i;
			waiting.add(CompletableFuture.runAsync(() -> {
				try (Connection connection = queue.getConnection()) {
					served.add(turn);
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			}, threads));
			await(() -> queue.waiting() == turn + 1);
		}

		taken.close();
		CompletableFuture.allOf(waiting.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		assertThat(served).containsExactly(0, 1, 2, 3, 4);
	}

	@Test
	void aRequestIsRefusedOnlyAfterWaitingTheWholeTimeOut() throws Exception {
		when(pool.getConnection()).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 1, Duration.ofMillis(300));
		inAnotherThread(queue::getConnection);

		Instant asked = Instant.now();
		assertThatThrownBy(queue::getConnection).isInstanceOf(SQLTransientConnectionException.class)
			.hasMessageContaining("PT0.3S");
		assertThat(Duration.between(asked, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(290));
	}

	@Test
	void aThreadHoldingAConnectionGetsASecondOneWithoutWaitingForItself() throws Exception {
		when(pool.getConnection()).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 1, Duration.ofSeconds(30));

		CompletableFuture<Void> nested = CompletableFuture.runAsync(() -> {
			try (Connection outer = queue.getConnection(); Connection inner = queue.getConnection()) {
				assertThat(inner).isNotSameAs(outer);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}, threads);

		nested.get(10, TimeUnit.SECONDS);
		// Both closed: the place is free again.
		try (Connection again = queue.getConnection()) {
			assertThat(again).isNotNull();
		}
	}

	@Test
	void aConnectionClosedTwiceGivesItsPlaceBackOnce() throws Exception {
		when(pool.getConnection()).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 1, Duration.ofMillis(200));
		Connection connection = inAnotherThread(queue::getConnection);
		connection.close();
		connection.close();

		inAnotherThread(queue::getConnection);
		assertThatThrownBy(queue::getConnection).isInstanceOf(SQLTransientConnectionException.class);
	}

	@Test
	void whileTheDatabaseIsAwayOneRequestTriesItAndTheOthersAreRefusedAtOnce() throws Exception {
		CountDownLatch tryingIt = new CountDownLatch(1);
		CountDownLatch giveUp = new CountDownLatch(1);
		SQLTransientConnectionException away = new SQLTransientConnectionException("Connection is not available");
		when(pool.getConnection()).thenThrow(away).thenAnswer(invocation -> {
			tryingIt.countDown();
			giveUp.await(10, TimeUnit.SECONDS);
			throw away;
		}).thenAnswer(invocation -> mock(Connection.class));
		ConnectionQueue queue = new ConnectionQueue(pool, 10, Duration.ofSeconds(30));
		assertThatThrownBy(queue::getConnection).isSameAs(away);

		CompletableFuture<Connection> trial = CompletableFuture.supplyAsync(() -> connection(queue), threads);
		assertThat(tryingIt.await(10, TimeUnit.SECONDS)).isTrue();
		Instant asked = Instant.now();
		assertThatThrownBy(queue::getConnection).isInstanceOf(SQLTransientConnectionException.class)
			.hasMessageContaining("another request is trying it");
		assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(1));
		giveUp.countDown();
		assertThatThrownBy(() -> trial.get(10, TimeUnit.SECONDS)).hasRootCause(away);

		// The database is back: the next request tries it and gets a connection, and so does everyone after.
		try (Connection back = queue.getConnection(); Connection next = queue.getConnection()) {
			assertThat(back).isNotNull();
		}
	}

	/** A connection taken by a thread that keeps it until the test closes it. */
	private Connection inAnotherThread(SqlSupplier<Connection> supplier) throws Exception {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return supplier.get();
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}, threads).get(10, TimeUnit.SECONDS);
	}

	private static Connection connection(ConnectionQueue queue) {
		try {
			return queue.getConnection();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(BooleanSupplier condition) {
		Instant giveUp = Instant.now().plusSeconds(10);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).isBefore(giveUp);
			Thread.onSpinWait();
		}
	}

	@FunctionalInterface
	private interface SqlSupplier<T> {

		T get() throws SQLException;
	}
}
