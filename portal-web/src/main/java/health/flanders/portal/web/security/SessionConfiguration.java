package health.flanders.portal.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/** Sessions in PostgreSQL (Spring Session JDBC). */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * How long a session's last access may go unrecorded, in milliseconds. A session thus ends after its time-out
	 * counted from a request at most this much earlier than its last one.
	 */
	static final long ACCESS_RECORDED_EVERY_MS = 60_000;

	/**
	 * Spring Session writes a session's row on every request, for its last access alone; requests of one session at
	 * once (tabs, htmx) then queue for that row and each waits for its commit to reach the disk. The row is written
	 * only when something else of it changed (id, principal, time-out) or the last access recorded is a minute old.
	 * The parameters are those of Spring Session's own statement, in its order.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			             CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			             CAST(? AS VARCHAR(320)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			       OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			       OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= ACCESS_RECORDED_EVERY_MS)
			""".replace("ACCESS_RECORDED_EVERY_MS", Long.toString(ACCESS_RECORDED_EVERY_MS));

	/**
	 * Two requests of one session at once may both save the same attribute, such as a fresh CSRF token: an upsert lets
	 * the later one win instead of failing on the key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> recordLastAccessEveryMinute() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}
}
