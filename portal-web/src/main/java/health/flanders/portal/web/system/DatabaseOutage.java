package health.flanders.portal.web.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/** Tells an unreachable database apart from other failures, so that people get "try again later", not "error". */
@Component
class DatabaseOutage {

	/** Looked up when needed: the filter that uses this class is created with the web server, before the database. */
	private final ObjectProvider<DataSource> dataSource;

	DatabaseOutage(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Whether the database being unreachable explains this failure: one of its causes says so, or it is a failure of
	 * the persistence layer (a connection that died mid-request, say) and the database does not answer now.
	 */
	boolean explains(Throwable failure) {
		boolean persistence = false;
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			// SQLSTATE class 08: connection exception
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
			persistence |= cause instanceof SQLException || cause instanceof DataAccessException
					|| cause instanceof TransactionException || cause instanceof PersistenceException;
		}
		return persistence && !answers();
	}

	private boolean answers() {
		try (Connection connection = dataSource.getObject().getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}
}
