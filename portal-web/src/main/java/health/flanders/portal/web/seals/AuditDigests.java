package health.flanders.portal.web.seals;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditKey;
import health.flanders.portal.call.audit.AuditQuery;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.BrusselsTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Each Brussels day's last hash of the audit trail, written to the log and e-mailed to an address outside the portal
 * ({@code icon.audit.digest-email}; none: the log only). Kept elsewhere, these hashes show whether the trail was later
 * cut short or rewritten, which even the key cannot hide from a copy made at the time. The job runs on every
 * instance, one at a time (ShedLock); what makes a day's digest leave once is its row in {@code audit_digests}, whose
 * insert only one run wins, in the transaction that writes the e-mail to the outbox (sent after commit). A day is
 * digested once it has been over for a few minutes, so that an entry of its last moment has committed; days missed
 * while no instance ran are caught up, at most a week back (a new install thus sends the past week's at once).
 */
@Service
public class AuditDigests {

	private static final Logger log = LoggerFactory.getLogger(AuditDigests.class);

	/** How long after midnight in Brussels a day is digested: the last entries of the day have committed by then. */
	static final Duration SETTLE = Duration.ofMinutes(5);

	/** The days looked at: the last one over and the six before, so that a week without any instance is caught up. */
	private static final int DAYS_BACK = 7;

	private final AuditTrail trail;

	private final AuditKey key;

	private final JdbcClient jdbc;

	private final Mailer mailer;

	private final Clock clock;

	private final String recipient;

	AuditDigests(AuditTrail trail, AuditKey key, JdbcClient jdbc, Mailer mailer, Clock clock,
			@Value("${icon.audit.digest-email:}") String recipient) {
		this.trail = trail;
		this.key = key;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
		this.recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
	}

	/** Returns nothing: ShedLock cannot lock a method that returns a primitive. */
	@Scheduled(initialDelayString = "${icon.audit.digest-interval:PT15M}",
			fixedDelayString = "${icon.audit.digest-interval:PT15M}")
	@SchedulerLock(name = "audit-digests", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	@Transactional
	public void sendDigests() {
		sendDue();
	}

	/**
	 * Writes the digests of the days that are over and that no run has written yet, each logged once this
	 * transaction commits and e-mailed from the outbox; says which.
	 */
	@Transactional
	public List<AuditDigest> sendDue() {
		LocalDate lastDone = LocalDate.ofInstant(clock.instant().minus(SETTLE), BrusselsTime.ZONE).minusDays(1);
		LocalDate first = lastDone.minusDays(DAYS_BACK - 1);
		Set<LocalDate> done = jdbc.sql("select day from audit_digests where day between ? and ?")
			.params(first, lastDone)
			.query((rs, row) -> rs.getObject("day", LocalDate.class))
			.set();
		List<AuditDigest> sent = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(lastDone); day = day.plusDays(1)) {
			if (done.contains(day)) {
				continue;
			}
			AuditDigest digest = digestOf(day);
			if (record(digest)) {
				if (recipient != null) {
					mailer.send(recipient, Locale.ENGLISH, "audit-digest", digest.variables());
				}
				sent.add(digest);
			}
		}
		if (!sent.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					sent.forEach(digest -> log.info("Audit trail digest {}", digest.logLine(recipient)));
				}
			});
		}
		return sent;
	}

	private AuditDigest digestOf(LocalDate day) {
		Instant end = day.plusDays(1).atStartOfDay(BrusselsTime.ZONE).toInstant();
		Optional<AuditEntry> head = trail.headBefore(end);
		long entries = trail.count(new AuditQuery(null, null, null, null, end), Long.MAX_VALUE);
		return new AuditDigest(day, head.map(AuditEntry::id).orElse(null), head.map(AuditEntry::hash).orElse(null),
				entries, key.id());
	}

	/** Whether this run is the one that sends this day's digest: its row was not there and is now. */
	private boolean record(AuditDigest digest) {
		return jdbc.sql("""
				insert into audit_digests (day, last_entry, last_hash, entry_count, recipient, sent_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (day) do nothing
				returning day""")
			.params(digest.day(), digest.lastEntry(), digest.lastHash(), digest.entries(), recipient,
					clock.instant().atOffset(ZoneOffset.UTC))
			.query(Date.class)
			.optional()
			.isPresent();
	}

	/** One day's digest: the last entry by the end of that Brussels day and its hash (none for an empty trail). */
	public record AuditDigest(LocalDate day, Long lastEntry, String lastHash, long entries, String keyId) {

		String logLine(String recipient) {
			return day + ": " + entries + " entries, last entry " + (lastEntry == null ? "none" : lastEntry)
					+ ", last hash " + (lastHash == null ? "none" : lastHash) + ", key " + keyId
					+ (recipient == null ? " (no digest e-mail address set)" : ", e-mailed to " + recipient);
		}

		Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			variables.put("day", day);
			variables.put("lastEntry", lastEntry);
			variables.put("lastHash", lastHash);
			variables.put("entries", entries);
			variables.put("keyId", keyId);
			return variables;
		}
	}
}
