package health.flanders.portal.call.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.testing.RepositoryTest;

/**
 * The audit trail against PostgreSQL. These tests commit (the chain spans transactions), so they look only at their
 * own entries where they count, and verify the chain as a whole.
 */
@RepositoryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ AuditTrail.class, AuditTrailTests.FixedClock.class })
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachEntryChainsToTheOneBeforeAndTheChainVerifies() {
		AuditEntry first = transaction.execute(status -> trail.record("admin@example.org", "ROLES_CHANGED", "user", 7,
				"roles APPLICANT -> STAFF"));
		AuditEntry second = transaction.execute(status -> trail.record("staff@example.org", "PROPOSAL_SUBMITTED",
				"proposal", "ICON-PM-2026-0001", ""));

		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(trail.verify().intact()).isTrue();
		assertThat(trail.search(new AuditQuery("admin@example.org", "ROLES_CHANGED", "apPlicant", null, null), 0, 10))
			.extracting(AuditEntry::id)
			.contains(first.id())
			.doesNotContain(second.id());
	}

	@Test
	void theDatabaseRefusesToChangeOrDeleteAnEntry() {
		AuditEntry entry = transaction.execute(status -> trail.record("admin@example.org", "ROLES_CHANGED", "user", 8, ""));
		assertThatThrownBy(() -> jdbc.sql("update audit_entries set actor = 'eve@example.org' where id = ?")
			.param(entry.id())
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entries where id = ?").param(entry.id()).update())
			.hasMessageContaining("append-only");
	}

	@Test
	void anEntryChangedBehindTheDatabasesBackBreaksTheChainWhereItHappened() {
		AuditEntry entry = transaction.execute(status -> trail.record("reviewer@example.org", "SCORE_SUBMITTED",
				"review", 42, "total 3.5"));
		transaction.execute(status -> trail.record("reviewer@example.org", "SCORE_SUBMITTED", "review", 43, "total 4"));
		try {
			// What someone with the database owner's rights could do: switch the guard off and rewrite history.
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				jdbc.sql("update audit_entries set details = 'total 5' where id = ?").param(entry.id()).update();
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
			AuditTrail.ChainCheck check = trail.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBroken()).hasValueSatisfying(broken -> assertThat(broken.id()).isEqualTo(entry.id()));
		}
		finally {
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				jdbc.sql("update audit_entries set details = 'total 3.5' where id = ?").param(entry.id()).update();
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anEntryDeletedBehindTheDatabasesBackBreaksTheChainAtTheOneAfterIt() {
		transaction.execute(status -> trail.record("staff@example.org", "CONSENSUS_RECORDED", "proposal", 51, "4 criteria"));
		AuditEntry deleted = transaction.execute(status -> trail.record("staff@example.org", "FUNDING_DECIDED", "call",
				52, "1 funded"));
		AuditEntry after = transaction.execute(status -> trail.record("staff@example.org", "REGISTRY_IMPORTED",
				"registry_import", 53, "registry.csv: 1 new, 0 updated"));
		try {
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				jdbc.sql("delete from audit_entries where id = ?").param(deleted.id()).update();
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
			AuditTrail.ChainCheck check = trail.verify();
			assertThat(check.intact()).isFalse();
			// The entry after the gap still names the hash of the deleted one, which no entry carries any more.
			assertThat(check.firstBroken()).hasValueSatisfying(broken -> {
				assertThat(broken.id()).isEqualTo(after.id());
				assertThat(broken.previousHash()).isEqualTo(deleted.hash());
			});
		}
		finally {
			// Put it back as it was (an insert, which the trigger allows), so that the chain holds for other tests.
			transaction.executeWithoutResult(status -> jdbc.sql("""
					insert into audit_entries (id, occurred_at, actor, action, subject_type, subject_id, details,
					    previous_hash, hash)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (id) do nothing""")
				.params(deleted.id(), deleted.occurredAt().atOffset(ZoneOffset.UTC), deleted.actor(), deleted.action(),
						deleted.subjectType(), deleted.subjectId(), deleted.details(), deleted.previousHash(),
						deleted.hash())
				.update());
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void concurrentAppendsStillFormOneChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<AuditEntry>> appends = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				int n = i;
				appends.add(pool.submit(() -> transaction
					.execute(status -> trail.record("staff@example.org", "IMPORTED", "import", n, "row " + n))));
			}
			for (Future<AuditEntry> append : appends) {
				append.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(trail.verify().intact()).isTrue();
		assertThat(jdbc.sql("select count(*) - count(distinct previous_hash) from audit_entries").query(Long.class)
			.single()).isZero();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			// Nanoseconds on purpose: the trail keeps what PostgreSQL keeps (microseconds) and still verifies.
			return Clock.fixed(Instant.parse("2026-11-23T09:00:00.123456789Z"), ZoneOffset.UTC);
		}
	}
}
