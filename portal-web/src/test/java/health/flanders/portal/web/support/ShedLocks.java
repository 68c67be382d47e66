package health.flanders.portal.web.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The locks of scheduled jobs as another portal instance would take and release them. The row of a lock stays once
 * written: ShedLock remembers that it exists and only updates it, so a test that deleted it would make the job skip.
 */
public final class ShedLocks {

	public static final String ANOTHER_INSTANCE = "another-instance";

	private ShedLocks() {
	}

	/** Another instance holds this job's lock for ten minutes. */
	public static void heldByAnotherInstance(JdbcClient jdbc, String job) {
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, now() + interval '10 minutes', now(), ?)
				on conflict (name) do update set lock_until = excluded.lock_until, locked_at = excluded.locked_at,
				locked_by = excluded.locked_by""").params(job, ANOTHER_INSTANCE).update();
	}

	/** The lock is free again, as after its holder's run. */
	public static void released(JdbcClient jdbc, String job) {
		jdbc.sql("update shedlock set lock_until = now() where name = ?").param(job).update();
	}

	/** Whether this instance took the lock since another one held it. */
	public static boolean takenByThisInstance(JdbcClient jdbc, String job) {
		return jdbc.sql("select count(*) from shedlock where name = ? and locked_by <> ?")
			.params(job, ANOTHER_INSTANCE)
			.query(Long.class)
			.single() == 1;
	}
}
