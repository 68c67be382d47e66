package health.flanders.portal.web.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A fair queue in front of the connection pool. A burst (300 people registering for one session at once) takes every
 * connection for a few seconds; whoever asks for one meanwhile waits their turn, in order of asking, up to a generous
 * time-out, instead of the pool's own short one. The pool's time-out then only says whether the database answers:
 * whoever holds a place in the queue finds a connection free at once unless the database is away.
 * <p>
 * The queue has as many places as the pool has connections; a place is given back when its connection is closed. A
 * thread that holds a place already and asks for a second connection (a new transaction inside one) goes straight to
 * the pool, so that the queue never makes a thread wait for itself. While the database is away, one thread at a time
 * tries it (for the pool's time-out) and the others are refused at once, so that people get the outage page quickly.
 */
class ConnectionQueue extends DelegatingDataSource {

	private final Semaphore places;

	private final Duration timeout;

	private final ThreadLocal<int[]> held = ThreadLocal.withInitial(() -> new int[1]);

	private volatile boolean unreachable;

	private final AtomicBoolean trying = new AtomicBoolean();

	/**
	 * @param pool the connection pool
	 * @param places at most this many connections handed out through the queue at once: the pool's size
	 * @param timeout how long a request waits for its turn before it is refused
	 */
	ConnectionQueue(DataSource pool, int places, Duration timeout) {
		super(pool);
		if (places < 1) {
			throw new IllegalArgumentException("The queue needs at least one place");
		}
		this.places = new Semaphore(places, true);
		this.timeout = timeout;
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connection(() -> obtainTargetDataSource().getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connection(() -> obtainTargetDataSource().getConnection(username, password));
	}

	/** How many wait for their turn now: an estimate, as the semaphore gives it. */
	int waiting() {
		return places.getQueueLength();
	}

	private Connection connection(PoolRequest request) throws SQLException {
		int[] mine = held.get();
		if (mine[0] > 0) {
			return request.connection();
		}
		if (unreachable && trying.get()) {
			throw new SQLTransientConnectionException("The database does not answer; another request is trying it");
		}
		try {
			if (!places.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new SQLTransientConnectionException(
						"No database connection came free within " + timeout + " (" + places.getQueueLength() + " waiting)");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", ex);
		}
		boolean trial = false;
		try {
			if (unreachable) {
				trial = trying.compareAndSet(false, true);
				if (!trial) {
					throw new SQLTransientConnectionException("The database does not answer; another request is trying it");
				}
			}
			Connection connection = request.connection();
			unreachable = false;
			mine[0]++;
			return placeKeeping(connection, mine);
		}
		catch (SQLException | RuntimeException ex) {
			unreachable = true;
			places.release();
			throw ex;
		}
		finally {
			if (trial) {
				trying.set(false);
			}
		}
	}

	/** The connection, which gives its place in the queue back when it is closed (once, however often it is closed). */
	private Connection placeKeeping(Connection connection, int[] heldByOwner) {
		AtomicBoolean open = new AtomicBoolean(true);
		return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					String name = method.getName();
					if (name.equals("close") && method.getParameterCount() == 0) {
						try {
							connection.close();
						}
						finally {
							if (open.compareAndSet(true, false)) {
								heldByOwner[0]--;
								this.places.release();
							}
						}
						return null;
					}
					if (name.equals("equals") && method.getParameterCount() == 1) {
						return proxy == args[0];
					}
					if (name.equals("hashCode") && method.getParameterCount() == 0) {
						return System.identityHashCode(proxy);
					}
					if (name.equals("toString") && method.getParameterCount() == 0) {
						return "Queued " + connection;
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	@FunctionalInterface
	private interface PoolRequest {

		Connection connection() throws SQLException;
	}
}
