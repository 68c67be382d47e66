package health.flanders.portal.web.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.evaluation.ConflictDeclaration;
import health.flanders.portal.call.evaluation.ConflictDeclarationRepository;
import health.flanders.portal.call.evaluation.ConflictRuling;
import health.flanders.portal.call.evaluation.ConflictRulingRepository;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;

/**
 * Conflicts of interest between reviewers and proposals. A pair is in conflict when the reviewer's affiliation is a
 * member of the consortium or of a member's corporate group, when the reviewer declared it, or when staff ruled so;
 * staff may also lift a conflict, with a reason. The database view {@code reviewer_conflicts} is the one answer, so
 * every query a reviewer's page makes can leave the pairs in conflict out.
 */
@Service
@Transactional
public class ReviewerConflicts {

	private final ConflictDeclarationRepository declarations;

	private final ConflictRulingRepository rulings;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ReviewerConflicts(ConflictDeclarationRepository declarations, ConflictRulingRepository rulings, JdbcClient jdbc,
			AuditTrail audit, Clock clock) {
		this.declarations = declarations;
		this.rulings = rulings;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The reviewer's own declaration on a proposal, if they made one. */
	public record Declaration(boolean inConflict, String reason, Instant declaredAt) {
	}

	/** A pair of a call in conflict or once ruled on, as staff see it. */
	public record Line(long proposalId, String acronym, long reviewerId, String reviewer, boolean inConflict,
			boolean automatic, Declaration declaration, String ruling, Boolean ruledInConflict) {
	}

	/** Whether the pair is in conflict, whatever made it so: the read model of the {@code reviewer_conflicts} view. */
	@Transactional(readOnly = true)
	public boolean inConflict(long proposalId, long reviewerId) {
		return jdbc.sql("select exists (select 1 from reviewer_conflicts where proposal_id = ? and reviewer_id = ?)")
			.params(proposalId, reviewerId)
			.query(Boolean.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Optional<Declaration> declarationOf(long proposalId, long reviewerId) {
		return declarations.findByProposalIdAndReviewerId(proposalId, reviewerId)
			.map(declaration -> new Declaration(declaration.isInConflict(), declaration.getReason(),
					declaration.getDeclaredAt()));
	}

	/**
	 * Records the reviewer's declaration, once.
	 * @throws EvaluationRefusedException when they declared on this proposal already, or in conflict without a reason
	 */
	public void declare(long proposalId, long reviewerId, boolean inConflict, String reason, String reviewerEmail) {
		if (declarations.existsByProposalIdAndReviewerId(proposalId, reviewerId)) {
			throw new EvaluationRefusedException("review.declaration.made");
		}
		ConflictDeclaration declaration = new ConflictDeclaration(proposalId, reviewerId, inConflict, reason, clock);
		try {
			declarations.saveAndFlush(declaration);
		}
		catch (DataIntegrityViolationException ex) {
			// the same reviewer declared at the same moment from another tab, and that one counts
			throw new EvaluationRefusedException("review.declaration.made");
		}
		audit.record(reviewerEmail, inConflict ? "CONFLICT_DECLARED" : "NO_CONFLICT_DECLARED", "proposal", proposalId,
				inConflict ? "reason: " + declaration.getReason() : "");
	}

	/** Staff add (inConflict) or lift a conflict; the ruling and its reason are kept, the latest counts. */
	public void rule(long proposalId, long reviewerId, boolean inConflict, String reason, long staffId,
			String staffEmail) {
		ConflictRuling ruling = rulings.save(new ConflictRuling(proposalId, reviewerId, inConflict, reason, staffId,
				clock));
		audit.record(staffEmail, inConflict ? "CONFLICT_ADDED" : "CONFLICT_LIFTED", "proposal", proposalId,
				"reviewer " + reviewerId + ", reason: " + ruling.getReason());
	}

	/** The read model of every pair of the proposal that is in conflict, was declared on or was ruled on, for staff. */
	@Transactional(readOnly = true)
	public List<Line> ofProposal(long proposalId) {
		return jdbc.sql("""
				with pairs as (
				    select proposal_id, reviewer_id from reviewer_conflicts where proposal_id = :proposal
				    union select proposal_id, reviewer_id from conflict_declarations where proposal_id = :proposal
				    union select proposal_id, reviewer_id from conflict_rulings where proposal_id = :proposal
				    union select proposal_id, reviewer_id from review_assignments where proposal_id = :proposal
				)
				select p.id, p.acronym, u.id, u.full_name,
				       exists (select 1 from reviewer_conflicts c
				               where c.proposal_id = p.id and c.reviewer_id = u.id) as in_conflict,
				       exists (select 1 from consortium_members m
				               join organisations member on member.id = m.organisation_id
				               join reviewer_profiles rp on rp.user_id = u.id
				               join organisations affiliation on affiliation.id = rp.affiliation_id
				               where m.proposal_id = p.id and (affiliation.id = member.id
				                  or affiliation.corporate_group_id = member.corporate_group_id)) as automatic,
				       d.in_conflict, d.reason, d.declared_at, r.reason, r.in_conflict
				from pairs
				join proposals p on p.id = pairs.proposal_id
				join users u on u.id = pairs.reviewer_id
				left join conflict_declarations d on d.proposal_id = p.id and d.reviewer_id = u.id
				left join lateral (select reason, in_conflict from conflict_rulings cr
				                   where cr.proposal_id = p.id and cr.reviewer_id = u.id
				                   order by cr.id desc limit 1) r on true
				order by u.full_name""")
			.param("proposal", proposalId)
			.query((rs, row) -> new Line(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getBoolean(5), rs.getBoolean(6),
					rs.getObject(7) == null ? null
							: new Declaration(rs.getBoolean(7), rs.getString(8),
									rs.getObject(9, OffsetDateTime.class).toInstant()),
					rs.getString(10), (Boolean) rs.getObject(11)))
			.list();
	}
}
