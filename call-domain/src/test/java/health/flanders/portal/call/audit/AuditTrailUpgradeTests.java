package health.flanders.portal.call.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.testing.TestDatabase;

/**
 * A trail written before it had a key (V4's plain SHA-256 chain), then migrated by V23 and continued with the key: both
 * kinds of entry verify together, and rewriting history without the key is caught. Each test has a database of its
 * own, so it may wreck the trail.
 */
class AuditTrailUpgradeTests {

	private static final AuditKey KEY = AuditKey.fromBase64("gL3J35sQqz+8T9EY35MIm0rZbSSp5BBDfFVvbUP8Otc=");

	private static final Instant START = Instant.parse("2026-11-20T08:00:00.000001Z");

	private JdbcClient jdbc;

	private TransactionTemplate transaction;

	private AuditTrail trail;

	@BeforeEach
	void aTrailOfThreeEntriesWrittenBeforeTheKey() {
		TestDatabase.Connection connection = TestDatabase.fresh();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(connection.url());
		if (connection.username() != null) {
			dataSource.setUsername(connection.username());
			dataSource.setPassword(connection.password());
		}
		jdbc = JdbcClient.create(dataSource);
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		// The schema as it stood before V23 (whatever other migrations came in between).
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("21").load().migrate();
		String previous = AuditTrail.GENESIS;
		for (int i = 1; i <= 3; i++) {
			Instant at = START.plus(i, ChronoUnit.MINUTES);
			String hash = AuditTrail.plainHash(previous, at, "staff@example.org", "PROPOSAL_SUBMITTED", "proposal",
					"ICON-PM-2026-000" + i, "version 1");
			jdbc.sql("""
					insert into audit_entries (occurred_at, actor, action, subject_type, subject_id, details, previous_hash,
					    hash) values (?, 'staff@example.org', 'PROPOSAL_SUBMITTED', 'proposal', ?, 'version 1', ?, ?)""")
				.params(at.atOffset(ZoneOffset.UTC), "ICON-PM-2026-000" + i, previous, hash)
				.update();
			previous = hash;
		}
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		trail = new AuditTrail(jdbc, Clock.fixed(START.plus(1, ChronoUnit.DAYS), ZoneOffset.UTC), KEY);
	}

	@Test
	void earlierUnkeyedEntriesAndNewKeyedOnesVerifyTogether() {
		assertThat(jdbc.sql("select count(*) from audit_entries where seal = 'sha256' and key_id is null")
			.query(Long.class)
			.single()).isEqualTo(3);
		AuditEntry lastPlain = entries().get(2);

		AuditEntry keyed = transaction.execute(status -> trail.keyEarlierEntries().orElseThrow());
		assertThat(keyed.action()).isEqualTo(AuditTrail.KEYED);
		assertThat(keyed.previousHash()).isEqualTo(lastPlain.hash());
		assertThat(keyed.seal()).isEqualTo(AuditTrail.HMAC_SHA256);
		assertThat(keyed.keyId()).isEqualTo(KEY.id());
		// A second start finds the trail keyed and adds nothing.
		Optional<AuditEntry> again = transaction.execute(status -> trail.keyEarlierEntries());
		assertThat(again).isEmpty();
		transaction.execute(status -> trail.record("admin@example.org", "ROLES_CHANGED", "user", "a@example.org", ""));

		AuditTrail.ChainCheck check = trail.verify();
		assertThat(check.intact()).isTrue();
		assertThat(check.intactEntries()).isEqualTo(5);
	}

	@Test
	void unkeyedEntriesThatNoKeyedEntryFollowsDoNotVerify() {
		AuditTrail.ChainCheck check = trail.verify();
		assertThat(check.intact()).isFalse();
		assertThat(check.breach()).isEqualTo(AuditTrail.Breach.UNKEYED);
		assertThat(check.firstBroken()).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo(entries().get(0).id()));
	}

	@Test
	void anEarlierEntryRewrittenAndItsPlainChainRecomputedIsCaughtByTheFirstKeyedEntry() {
		transaction.execute(status -> trail.keyEarlierEntries());
		transaction.execute(status -> trail.record("staff@example.org", "FUNDING_DECIDED", "call", 1, "3 funded"));
		AuditEntry firstKeyed = entries().get(3);

		rewriteAndRecomputePlainChain(entries().get(1).id(), false);

		AuditTrail.ChainCheck check = trail.verify();
		assertThat(check.breach()).isEqualTo(AuditTrail.Breach.ALTERED);
		assertThat(check.firstBroken()).hasValueSatisfying(entry -> assertThat(entry.id()).isEqualTo(firstKeyed.id()));
	}

	@Test
	void aWholeTrailRecomputedWithoutTheKeyAsIfNeverKeyedDoesNotVerify() {
		transaction.execute(status -> trail.keyEarlierEntries());
		transaction.execute(status -> trail.record("staff@example.org", "FUNDING_DECIDED", "call", 1, "3 funded"));

		rewriteAndRecomputePlainChain(entries().get(4).id(), true);

		AuditTrail.ChainCheck check = trail.verify();
		assertThat(check.intact()).isFalse();
		assertThat(check.breach()).isEqualTo(AuditTrail.Breach.UNKEYED);
	}

	@Test
	void anEntrySealedUnderAnotherKeyIsReported() {
		AuditTrail other = new AuditTrail(jdbc, Clock.systemUTC(),
				AuditKey.fromBase64("z9N9yeq+p8Cs3pw4ExGCss0V3MSyGP1X0a7IUIkxM7Y="));
		transaction.execute(status -> other.keyEarlierEntries());
		assertThat(other.verify().intact()).isTrue();

		AuditTrail.ChainCheck check = trail.verify();
		assertThat(check.breach()).isEqualTo(AuditTrail.Breach.OTHER_KEY);
	}

	/**
	 * What someone who can write to the database but lacks the key can do: change one entry's details, mark every
	 * entry unkeyed (or not) and compute the plain SHA-256 chain of the unkeyed ones again, in SQL with PostgreSQL's
	 * own sha256().
	 */
	private void rewriteAndRecomputePlainChain(long changedId, boolean markAllUnkeyed) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
			jdbc.sql("update audit_entries set details = 'version 2' where id = ?").param(changedId).update();
			if (markAllUnkeyed) {
				jdbc.sql("update audit_entries set seal = 'sha256', key_id = null").update();
			}
			String previous = AuditTrail.GENESIS;
			for (AuditEntry entry : entries().stream().filter(e -> AuditTrail.SHA256.equals(e.seal())).toList()) {
				String hash = jdbc.sql("""
						select encode(sha256(convert_to(concat_ws(chr(31), ?, ?, actor, action, subject_type, subject_id,
						    details), 'UTF8')), 'hex') from audit_entries where id = ?""")
					.params(previous, entry.occurredAt().toString(), entry.id())
					.query(String.class)
					.single();
				assertThat(hash).isEqualTo(AuditTrail.plainHash(previous, entry.occurredAt(), entry.actor(),
						entry.action(), entry.subjectType(), entry.subjectId(), entry.details()));
				jdbc.sql("update audit_entries set previous_hash = ?, hash = ? where id = ?")
					.params(previous, hash, entry.id())
					.update();
				previous = hash;
			}
			jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
		});
	}

	private List<AuditEntry> entries() {
		return trail.search(AuditQuery.all(), 0, 100).stream().sorted(Comparator.comparingLong(AuditEntry::id)).toList();
	}
}
