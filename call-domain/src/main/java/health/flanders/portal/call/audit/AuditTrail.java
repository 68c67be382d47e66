package health.flanders.portal.call.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail and checks its chain. An entry is written in the transaction of the change it records,
 * so both commit or neither does. Appends are serialised by a transaction-scoped advisory lock, so that every entry
 * chains to the one committed just before it.
 */
@Service
public class AuditTrail {

	/** The {@code previous_hash} of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final long APPEND_LOCK = 0x1C0_A0D17L;

	/**
	 * Rows fetched at a time when the whole trail is read in order: without it, the driver reads every row of a
	 * million-entry trail into memory before the first is checked.
	 */
	private static final int STREAMED_ROWS = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	public AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records that {@code actor} did {@code action} to the subject; runs in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(String actor, String action, String subjectType, Object subjectId, String details) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, row) -> 1).list();
		String previous = jdbc.sql("select hash from audit_entries order by id desc limit 1")
			.query(String.class)
			.optional()
			.orElse(GENESIS);
		// Microseconds, as PostgreSQL keeps them, so that the hash is computed again from what is stored.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String subject = String.valueOf(subjectId);
		String text = details == null ? "" : details;
		String hash = hash(previous, now, actor, action, subjectType, subject, text);
		long id = jdbc.sql("""
				insert into audit_entries (occurred_at, actor, action, subject_type, subject_id, details, previous_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(now.atOffset(ZoneOffset.UTC), actor, action, subjectType, subject, text, previous, hash)
			.query(Long.class)
			.single();
		return new AuditEntry(id, now, actor, action, subjectType, subject, text, previous, hash);
	}

	/** The entries matching the filters (each may be null), newest first, one page. */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
		return jdbc.sql("select * from audit_entries where " + query.where() + " order by id desc offset ? limit ?")
			.params(withPaging(query.parameters(), offset, limit))
			.query(AuditTrail::entry)
			.list();
	}

	/**
	 * How many entries match, counted up to {@code atMost} and no further: a page of the trail needs to know whether
	 * there is more, not how much more, and counting a million entries on every view takes a second.
	 */
	@Transactional(readOnly = true)
	public long count(AuditQuery query, long atMost) {
		List<Object> parameters = new ArrayList<>(List.of(query.parameters()));
		parameters.add(atMost);
		return jdbc.sql("select count(*) from (select 1 from audit_entries where " + query.where() + " limit ?) matching")
			.params(parameters.toArray())
			.query(Long.class)
			.single();
	}

	/** Reads the whole trail in order, passing each entry on, without holding it all in memory. */
	@Transactional(readOnly = true)
	public void each(AuditQuery query, Consumer<AuditEntry> consumer) {
		jdbc.sql("select * from audit_entries where " + query.where() + " order by id")
			.params(query.parameters())
			.withFetchSize(STREAMED_ROWS)
			.query(AuditTrail::entry)
			.stream()
			.forEach(consumer);
	}

	/**
	 * Computes every hash again, in order: the first entry whose stored hash or link to its predecessor does not
	 * match is where the trail was changed (an entry edited, or one before it deleted).
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		AtomicReference<String> expectedPrevious = new AtomicReference<>(GENESIS);
		AtomicReference<AuditEntry> broken = new AtomicReference<>();
		AtomicLong checked = new AtomicLong();
		String all = "select * from audit_entries order by id";
		jdbc.sql(all).withFetchSize(STREAMED_ROWS).query(AuditTrail::entry).stream().forEach(entry -> {
			if (broken.get() != null) {
				return;
			}
			String recomputed = hash(entry.previousHash(), entry.occurredAt(), entry.actor(), entry.action(),
					entry.subjectType(), entry.subjectId(), entry.details());
			if (!entry.previousHash().equals(expectedPrevious.get()) || !entry.hash().equals(recomputed)) {
				broken.set(entry);
				return;
			}
			checked.incrementAndGet();
			expectedPrevious.set(entry.hash());
		});
		return new ChainCheck(checked.get(), Optional.ofNullable(broken.get()));
	}

	/** The outcome of {@link #verify()}: how many entries hold, and the first that does not, if any. */
	public record ChainCheck(long intactEntries, Optional<AuditEntry> firstBroken) {

		public boolean intact() {
			return firstBroken.isEmpty();
		}
	}

	static String hash(String previous, Instant occurredAt, String actor, String action, String subjectType,
			String subjectId, String details) {
		String canonical = String.join("\u001f", previous, occurredAt.toString(), actor, action, subjectType, subjectId,
				details);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object[] withPaging(Object[] parameters, int offset, int limit) {
		List<Object> all = new ArrayList<>(List.of(parameters));
		all.add(offset);
		all.add(limit);
		return all.toArray();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
				rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
	}
}
