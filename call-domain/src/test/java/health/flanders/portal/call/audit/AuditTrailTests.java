package health.flanders.portal.call.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
@Import({ AuditTrail.class, AuditTrailTests.FixedClockAndKey.class })
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
					    previous_hash, hash, seal, key_id)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (id) do nothing""")
				.params(deleted.id(), deleted.occurredAt().atOffset(ZoneOffset.UTC), deleted.actor(), deleted.action(),
						deleted.subjectType(), deleted.subjectId(), deleted.details(), deleted.previousHash(),
						deleted.hash(), deleted.seal(), deleted.keyId())
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

	@Test
	void newEntriesAreSealedWithTheKeyAndAChainRecomputedWithoutItFails() {
		AuditEntry entry = transaction.execute(status -> trail.record("staff@example.org", "FUNDING_DECIDED", "call", 61,
				"2 funded"));
		transaction.execute(status -> trail.record("staff@example.org", "RANKING_DROPOUT", "proposal", 62, "late"));
		assertThat(entry.seal()).isEqualTo(AuditTrail.HMAC_SHA256);
		assertThat(entry.keyId()).isEqualTo(KEY.id()).matches("[0-9a-f]{16}");
		assertThat(entry.hash()).isEqualTo(AuditTrail.keyedHash(KEY, entry.previousHash(), entry.occurredAt(),
				entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(), entry.details()))
			.isNotEqualTo(AuditTrail.plainHash(entry.previousHash(), entry.occurredAt(), entry.actor(), entry.action(),
					entry.subjectType(), entry.subjectId(), entry.details()));

		List<AuditEntry> original = trail.search(AuditQuery.all(), 0, Integer.MAX_VALUE)
			.stream()
			.filter(e -> e.id() >= entry.id())
			.toList();
		try {
			// Someone with the database owner's rights but not the key rewrites an entry and computes every hash from
			// there on again, the way the trail did before it had a key.
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				jdbc.sql("update audit_entries set details = '0 funded' where id = ?").param(entry.id()).update();
				recomputePlainChainFrom(entry.id());
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
			AuditTrail.ChainCheck check = trail.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.breach()).isEqualTo(AuditTrail.Breach.ALTERED);
			assertThat(check.firstBroken()).hasValueSatisfying(broken -> assertThat(broken.id()).isEqualTo(entry.id()));

			// Calling the rewritten entries unkeyed does not help: plain entries may not follow keyed ones.
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				jdbc.sql("update audit_entries set seal = 'sha256', key_id = null where id >= ?").param(entry.id()).update();
				recomputePlainChainFrom(entry.id());
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
			check = trail.verify();
			assertThat(check.breach()).isEqualTo(AuditTrail.Breach.UNKEYED);
			assertThat(check.firstBroken()).hasValueSatisfying(broken -> assertThat(broken.id()).isEqualTo(entry.id()));
		}
		finally {
			transaction.executeWithoutResult(status -> {
				jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
				for (AuditEntry e : original) {
					jdbc.sql("update audit_entries set details = ?, previous_hash = ?, hash = ?, seal = ?, key_id = ? where id = ?")
						.params(e.details(), e.previousHash(), e.hash(), e.seal(), e.keyId(), e.id())
						.update();
				}
				jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
			});
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/**
	 * Computes the plain SHA-256 chain again from this entry to the end, as the trail did before it had a key: what
	 * anyone who can write to the database can do. Runs in the caller's transaction, with the guard off.
	 */
	private void recomputePlainChainFrom(long firstId) {
		List<AuditEntry> entries = trail.search(AuditQuery.all(), 0, Integer.MAX_VALUE)
			.stream()
			.filter(e -> e.id() >= firstId)
			.sorted(Comparator.comparingLong(AuditEntry::id))
			.toList();
		String previous = entries.get(0).previousHash();
		for (AuditEntry e : entries) {
			String details = jdbc.sql("select details from audit_entries where id = ?").param(e.id()).query(String.class)
				.single();
			String hash = AuditTrail.plainHash(previous, e.occurredAt(), e.actor(), e.action(), e.subjectType(),
					e.subjectId(), details);
			jdbc.sql("update audit_entries set previous_hash = ?, hash = ? where id = ?").params(previous, hash, e.id())
				.update();
			previous = hash;
		}
	}

	static final AuditKey KEY = AuditKey.fromBase64("gL3J35sQqz+8T9EY35MIm0rZbSSp5BBDfFVvbUP8Otc=");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClockAndKey {

		@Bean
		AuditKey auditKey() {
			return KEY;
		}

		@Bean
		Clock clock() {
			// Nanoseconds on purpose: the trail keeps what PostgreSQL keeps (microseconds) and still verifies.
			return Clock.fixed(Instant.parse("2026-11-23T09:00:00.123456789Z"), ZoneOffset.UTC);
		}
	}
}
