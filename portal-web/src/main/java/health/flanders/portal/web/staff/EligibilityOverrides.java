package health.flanders.portal.web.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;

/**
 * Staff's decisions on the eligibility of submitted proposals, which override the automatic check where staff see
 * eligibility. Applicants keep seeing the check itself: it tells them what their consortium lacks. Each decision and
 * each clearing is on the audit trail, in the same transaction.
 */
@Service
@Transactional
public class EligibilityOverrides {

	private static final String SUBJECT = "proposal";

	private final JdbcClient jdbc;

	private final ProposalRepository proposals;

	private final AuditTrail audit;

	private final Clock clock;

	EligibilityOverrides(JdbcClient jdbc, ProposalRepository proposals, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.proposals = proposals;
		this.audit = audit;
		this.clock = clock;
	}

	/** Staff's decision in force on a proposal. */
	public record Decision(boolean eligible, String reason, Instant decidedAt) {
	}

	/**
	 * The override of a proposal as a form starts from: the decision in force, if any, and the version to send back
	 * (0 when staff never decided on it).
	 */
	public record State(Optional<Decision> decision, long version) {
	}

	@Transactional(readOnly = true)
	public State of(long proposalId) {
		return jdbc.sql("select eligible, reason, decided_at, version from eligibility_overrides where proposal_id = ?")
			.param(proposalId)
			.query((rs, row) -> new State(Optional.ofNullable(decision(rs.getObject(1, Boolean.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class))), rs.getLong(4)))
			.optional()
			.orElse(new State(Optional.empty(), 0));
	}

	/** The decisions in force on the proposals of a call, by proposal id. */
	@Transactional(readOnly = true)
	public Map<Long, Decision> ofCall(long callId) {
		return jdbc.sql("""
				select o.proposal_id, o.eligible, o.reason, o.decided_at from eligibility_overrides o
				join proposals p on p.id = o.proposal_id
				where p.call_id = ? and o.eligible is not null""")
			.param(callId)
			.query((rs, row) -> Map.entry(rs.getLong(1),
					decision(rs.getBoolean(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Records staff's decision on a submitted proposal, replacing any before it.
	 * @throws ProposalNotFoundException when there is no such proposal or it was never submitted
	 * @throws ObjectOptimisticLockingFailureException when someone decided on it since {@code seenVersion}
	 */
	public void override(long proposalId, boolean eligible, String reason, long seenVersion, long staffId,
			String staffEmail) {
		submitted(proposalId);
		String text = reason.strip();
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int written = seenVersion == 0 ? jdbc.sql("""
				insert into eligibility_overrides (proposal_id, eligible, reason, decided_by, decided_at, version)
				values (?, ?, ?, ?, ?, 1) on conflict do nothing""")
			.params(proposalId, eligible, text, staffId, now)
			.update()
				: jdbc.sql("""
						update eligibility_overrides
						set eligible = ?, reason = ?, decided_by = ?, decided_at = ?, version = version + 1
						where proposal_id = ? and version = ?""")
					.params(eligible, text, staffId, now, proposalId, seenVersion)
					.update();
		if (written == 0) {
			throw new ObjectOptimisticLockingFailureException("eligibility_overrides", proposalId);
		}
		audit.record(staffEmail, "ELIGIBILITY_OVERRIDDEN", SUBJECT, proposalId,
				(eligible ? "eligible" : "not eligible") + ": " + text);
	}

	/**
	 * Clears staff's decision, so that the automatic check counts again; nothing happens when none is in force.
	 * @throws ProposalNotFoundException when there is no such proposal or it was never submitted
	 * @throws ObjectOptimisticLockingFailureException when someone decided on it since {@code seenVersion}
	 */
	public void clear(long proposalId, long seenVersion, long staffId, String staffEmail) {
		submitted(proposalId);
		State before = of(proposalId);
		if (before.version() != seenVersion) {
			throw new ObjectOptimisticLockingFailureException("eligibility_overrides", proposalId);
		}
		if (before.decision().isEmpty()) {
			return;
		}
		int cleared = jdbc.sql("""
				update eligibility_overrides
				set eligible = null, reason = null, decided_by = ?, decided_at = ?, version = version + 1
				where proposal_id = ? and version = ?""")
			.params(staffId, clock.instant().atOffset(ZoneOffset.UTC), proposalId, seenVersion)
			.update();
		if (cleared == 0) {
			throw new ObjectOptimisticLockingFailureException("eligibility_overrides", proposalId);
		}
		Decision was = before.decision().get();
		audit.record(staffEmail, "ELIGIBILITY_OVERRIDE_CLEARED", SUBJECT, proposalId,
				"was " + (was.eligible() ? "eligible" : "not eligible") + ": " + was.reason());
	}

	private void submitted(long proposalId) {
		proposals.findById(proposalId)
			.filter(Proposal::hasBeenSubmitted)
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}

	private static Decision decision(Boolean eligible, String reason, OffsetDateTime decidedAt) {
		return eligible == null ? null : new Decision(eligible, reason, decidedAt.toInstant());
	}
}
