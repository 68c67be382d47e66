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
 * <p>
 * Each new entry's hash is an HMAC-SHA256 under the {@link AuditKey}, which the database does not hold: someone who
 * rewrites an entry and computes the chain again without the key is caught by {@link #verify()}. Entries written
 * before the trail had a key keep their plain SHA-256 ({@value #SHA256}); they may only come first, and the first keyed
 * entry, which chains to the last of them, vouches for them. A trail of plain entries that no keyed entry follows
 * does not verify (they could all have been recomputed), which is why {@link #keyEarlierEntries()} runs at start-up.
 */
@Service
public class AuditTrail {

	/** The {@code previous_hash} of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	/** The seal of the entries written before the trail had a key. */
	public static final String SHA256 = "sha256";

	/** The seal of every new entry. */
	public static final String HMAC_SHA256 = "hmac-sha256";

	/** The action of the entry that {@link #keyEarlierEntries()} appends. */
	public static final String KEYED = "AUDIT_TRAIL_KEYED";

	private static final long APPEND_LOCK = 0x1C0_A0D17L;

	/**
	 * Rows fetched at a time when the whole trail is read in order: without it, the driver reads every row of a
	 * million-entry trail into memory before the first is checked.
	 */
	private static final int STREAMED_ROWS = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditKey key;

	public AuditTrail(JdbcClient jdbc, Clock clock, AuditKey key) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.key = key;
	}

	/** Records that {@code actor} did {@code action} to the subject; runs in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(String actor, String action, String subjectType, Object subjectId, String details) {
		lockForAppend();
		return append(last().map(AuditEntry::hash).orElse(GENESIS), actor, action, subjectType, subjectId, details);
	}

	/**
	 * When the trail ends with entries written before it had a key, appends a keyed entry ({@value #KEYED}, by
	 * {@code system}) that chains to the last of them and so vouches for them all; otherwise does nothing. Safe to run
	 * on every instance at every start: appends are serialised, and the second finds the trail keyed.
	 */
	@Transactional
	public Optional<AuditEntry> keyEarlierEntries() {
		lockForAppend();
		Optional<AuditEntry> last = last();
		if (last.isEmpty() || !SHA256.equals(last.get().seal())) {
			return Optional.empty();
		}
		long unkeyed = jdbc.sql("select count(*) from audit_entries where seal = ?").param(SHA256).query(Long.class).single();
		return Optional.of(append(last.get().hash(), "system", KEYED, "audit_entry", last.get().id(),
				unkeyed + " earlier entries sealed with SHA-256 only, up to this one; from here on HMAC-SHA256 under key "
						+ key.id()));
	}

	private void lockForAppend() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, row) -> 1).list();
	}

	private Optional<AuditEntry> last() {
		return jdbc.sql("select * from audit_entries order by id desc limit 1").query(AuditTrail::entry).optional();
	}

	private AuditEntry append(String previous, String actor, String action, String subjectType, Object subjectId,
			String details) {
		// Microseconds, as PostgreSQL keeps them, so that the hash is computed again from what is stored.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		String subject = String.valueOf(subjectId);
		String text = details == null ? "" : details;
		String hash = keyedHash(key, previous, now, actor, action, subjectType, subject, text);
		long id = jdbc.sql("""
				insert into audit_entries (occurred_at, actor, action, subject_type, subject_id, details, previous_hash,
				    hash, seal, key_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(now.atOffset(ZoneOffset.UTC), actor, action, subjectType, subject, text, previous, hash, HMAC_SHA256,
					key.id())
			.query(Long.class)
			.single();
		return new AuditEntry(id, now, actor, action, subjectType, subject, text, previous, hash, HMAC_SHA256, key.id());
	}

	/** The last entry that occurred before this instant, if any: the head of the chain as it stood then. */
	@Transactional(readOnly = true)
	public Optional<AuditEntry> headBefore(Instant instant) {
		return jdbc.sql("select * from audit_entries where occurred_at < ? order by id desc limit 1")
			.param(instant.atOffset(ZoneOffset.UTC))
			.query(AuditTrail::entry)
			.optional();
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
	 * match is where the trail was changed (an entry edited, or one before it deleted). A keyed entry is checked under
	 * the key, so a chain computed again without it fails; an unkeyed entry after a keyed one, or unkeyed entries that
	 * no keyed entry follows, fail too (see the class comment), as does an entry sealed under another key.
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		AtomicReference<String> expectedPrevious = new AtomicReference<>(GENESIS);
		AtomicReference<ChainCheck> broken = new AtomicReference<>();
		AtomicReference<AuditEntry> firstUnvouched = new AtomicReference<>();
		AtomicLong checked = new AtomicLong();
		AtomicLong unvouched = new AtomicLong();
		String all = "select * from audit_entries order by id";
		jdbc.sql(all).withFetchSize(STREAMED_ROWS).query(AuditTrail::entry).stream().forEach(entry -> {
			if (broken.get() != null) {
				return;
			}
			Breach breach = breach(entry, expectedPrevious.get(), firstUnvouched.get() == null && checked.get() > 0);
			if (breach != Breach.NONE) {
				broken.set(new ChainCheck(checked.get(), Optional.of(entry), breach));
				return;
			}
			if (SHA256.equals(entry.seal())) {
				firstUnvouched.compareAndSet(null, entry);
				unvouched.incrementAndGet();
			}
			else {
				checked.addAndGet(unvouched.getAndSet(0) + 1);
				firstUnvouched.set(null);
			}
			expectedPrevious.set(entry.hash());
		});
		if (broken.get() != null) {
			return broken.get();
		}
		if (firstUnvouched.get() != null) {
			return new ChainCheck(checked.get(), Optional.of(firstUnvouched.get()), Breach.UNKEYED);
		}
		return new ChainCheck(checked.get(), Optional.empty(), Breach.NONE);
	}

	/**
	 * What is wrong with this entry, given the hash it must chain to and whether keyed entries came before it (then
	 * an unkeyed one is a forgery).
	 */
	private Breach breach(AuditEntry entry, String expectedPrevious, boolean afterKeyed) {
		if (!entry.previousHash().equals(expectedPrevious)) {
			return Breach.ALTERED;
		}
		if (SHA256.equals(entry.seal())) {
			if (afterKeyed) {
				return Breach.UNKEYED;
			}
			return entry.hash().equals(plainHash(entry.previousHash(), entry.occurredAt(), entry.actor(),
					entry.action(), entry.subjectType(), entry.subjectId(), entry.details())) ? Breach.NONE
							: Breach.ALTERED;
		}
		if (!HMAC_SHA256.equals(entry.seal())) {
			return Breach.ALTERED;
		}
		if (!key.id().equals(entry.keyId())) {
			return Breach.OTHER_KEY;
		}
		return entry.hash().equals(keyedHash(key, entry.previousHash(), entry.occurredAt(), entry.actor(),
				entry.action(), entry.subjectType(), entry.subjectId(), entry.details())) ? Breach.NONE : Breach.ALTERED;
	}

	/**
	 * The outcome of {@link #verify()}: how many entries hold, and the first that does not, if any, with what is wrong
	 * with it ({@link Breach#NONE} when the chain is intact).
	 */
	public record ChainCheck(long intactEntries, Optional<AuditEntry> firstBroken, Breach breach) {

		public boolean intact() {
			return firstBroken.isEmpty();
		}
	}

	/** Why an entry does not hold. */
	public enum Breach {
		/** The chain is intact. */
		NONE,
		/** Its hash or its link to the entry before does not match: changed, or an entry before it deleted. */
		ALTERED,
		/** Sealed without the key where only keyed entries may stand: after a keyed entry, or with none after it. */
		UNKEYED,
		/** Sealed under a key this portal does not hold. */
		OTHER_KEY
	}

	/** The hash of the entries written before the trail had a key: SHA-256, which anyone can compute. */
	static String plainHash(String previous, Instant occurredAt, String actor, String action, String subjectType,
			String subjectId, String details) {
		String canonical = canonical(previous, occurredAt, actor, action, subjectType, subjectId, details);
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The hash of a keyed entry: HMAC-SHA256 under the key, over the seal's name, the key's id and the content. */
	static String keyedHash(AuditKey key, String previous, Instant occurredAt, String actor, String action,
			String subjectType, String subjectId, String details) {
		return key.seal(String.join("\u001f", HMAC_SHA256, key.id(),
				canonical(previous, occurredAt, actor, action, subjectType, subjectId, details)));
	}

	private static String canonical(String previous, Instant occurredAt, String actor, String action,
			String subjectType, String subjectId, String details) {
		return String.join("\u001f", previous, occurredAt.toString(), actor, action, subjectType, subjectId, details);
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
				rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"), rs.getString("seal"),
				rs.getString("key_id"));
	}
}
