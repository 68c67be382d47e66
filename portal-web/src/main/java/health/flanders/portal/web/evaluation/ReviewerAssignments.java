package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.matching.ReviewerAffinity;
import health.flanders.portal.review.assignment.Assignment;
import health.flanders.portal.review.assignment.AssignmentProblem;
import health.flanders.portal.review.assignment.ReviewerAssignmentSolver;
import health.flanders.portal.review.assignment.Shortfall;
import health.flanders.portal.web.evaluation.EvaluationSettings.Settings;
import health.flanders.portal.web.mail.Mailer;

/**
 * Who reviews which proposal of a call. Staff have the optimal assignment proposed (the review service's solver, on
 * affinities from the matching service), change it by hand under the same rules, and release it, which e-mails each
 * reviewer their list. Every change locks the call's row, so two members of staff never break a rule together.
 */
@Service
@Transactional
public class ReviewerAssignments {

	static final String EVALUATED = "('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')";

	private final JdbcClient jdbc;

	private final EvaluationSettings settings;

	private final ReviewerAffinity affinity;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final EvaluationStart evaluationStart;

	private final Clock clock;

	ReviewerAssignments(JdbcClient jdbc, EvaluationSettings settings, ReviewerAffinity affinity, Mailer mailer,
			AuditTrail audit, EvaluationStart evaluationStart, Clock clock) {
		this.jdbc = jdbc;
		this.evaluationStart = evaluationStart;
		this.settings = settings;
		this.affinity = affinity;
		this.mailer = mailer;
		this.audit = audit;
		this.clock = clock;
	}

	record ProposalText(long id, String acronym, String title, String text) {
	}

	record Reviewer(long id, String name, String email, Locale locale, List<String> expertise, ReviewerKind kind) {
	}

	/** A reviewer on a proposal as staff see it. */
	public record Pair(long reviewerId, String reviewer, BigDecimal affinity, boolean byHand, boolean inConflict) {
	}

	/** A proposal with its reviewers, how many it still lacks, and the required kinds none of them is. */
	public record ProposalLine(long id, String acronym, String title, List<Pair> reviewers, int missing,
			List<ReviewerKind> missingKinds) {
	}

	public record Load(long reviewerId, String name, ReviewerKind kind, int load) {
	}

	/** A proposal the proposed assignment could not cover, and why. */
	public record Gap(String acronym, int missing, Shortfall.Reason reason, ReviewerKind kind, int withoutConflict)
			implements java.io.Serializable {
	}

	public record Overview(Settings settings, List<ProposalLine> proposals, List<Load> loads) {
	}

	@Transactional(readOnly = true)
	public Overview overview(long callId) {
		Settings call = settings.of(callId);
		Map<Long, List<Pair>> pairs = new LinkedHashMap<>();
		jdbc.sql("""
				select a.proposal_id, u.id, u.full_name, a.affinity, a.by_hand,
				       exists (select 1 from reviewer_conflicts c where c.proposal_id = a.proposal_id
				               and c.reviewer_id = a.reviewer_id)
				from review_assignments a join proposals p on p.id = a.proposal_id join users u on u.id = a.reviewer_id
				where p.call_id = ? order by a.affinity desc, u.full_name""")
			.param(callId)
			.query(rs -> {
				pairs.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Pair(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5), rs.getBoolean(6)));
			});
		List<Load> loads = jdbc.sql("""
				select u.id, u.full_name, rp.kind,
				       (select count(*) from review_assignments a join proposals p on p.id = a.proposal_id
				        where a.reviewer_id = u.id and p.call_id = ?)
				from users u join user_roles r on r.user_id = u.id and r.role = 'REVIEWER'
				left join reviewer_profiles rp on rp.user_id = u.id
				where u.enabled order by u.full_name""")
			.param(callId)
			.query((rs, row) -> new Load(rs.getLong(1), rs.getString(2),
					rs.getString(3) == null ? null : ReviewerKind.valueOf(rs.getString(3)), rs.getInt(4)))
			.list();
		Map<Long, ReviewerKind> kinds = new HashMap<>();
		loads.forEach(load -> kinds.put(load.reviewerId(), load.kind()));
		List<ProposalLine> proposals = proposals(callId).stream().map(proposal -> {
			List<Pair> valid = pairs.getOrDefault(proposal.id(), List.of()).stream().filter(pair -> !pair.inConflict()).toList();
			List<ReviewerKind> missingKinds = call.requiredKinds().stream()
				.filter(kind -> valid.stream().noneMatch(pair -> kinds.get(pair.reviewerId()) == kind))
				.toList();
			return new ProposalLine(proposal.id(), proposal.acronym(), proposal.title(),
					pairs.getOrDefault(proposal.id(), List.of()),
					Math.max(0, call.reviewersPerProposal() - valid.size()), missingKinds);
		}).toList();
		return new Overview(call, proposals, loads);
	}

	/**
	 * Replaces the call's assignment by the optimal one and says which proposals it could not cover.
	 * @throws EvaluationRefusedException once the assignment is released, or when there is no proposal or reviewer
	 */
	public List<Gap> propose(long callId, String staffEmail) {
		Settings call = requireOpen(callId);
		List<ProposalText> proposals = proposals(callId);
		List<Reviewer> reviewers = reviewers();
		if (proposals.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.noProposals");
		}
		if (reviewers.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.noReviewers");
		}
		Set<Long> conflicts = conflicts(callId);
		int[][] micros = new int[proposals.size()][reviewers.size()];
		for (int p = 0; p < proposals.size(); p++) {
			for (int r = 0; r < reviewers.size(); r++) {
				micros[p][r] = conflicts.contains(key(proposals.get(p).id(), reviewers.get(r).id()))
						? AssignmentProblem.CONFLICT
						: AssignmentProblem.micros(affinity.of(reviewers.get(r).expertise(), proposals.get(p).text()));
			}
		}
		int[] maxLoad = new int[reviewers.size()];
		Arrays.fill(maxLoad, call.maxProposalsPerReviewer());
		List<ReviewerKind> required = call.requiredKinds();
		int[] kinds = reviewers.stream()
			.mapToInt(reviewer -> reviewer.kind() == null ? AssignmentProblem.NO_KIND : reviewer.kind().ordinal())
			.toArray();
		int k = Math.max(call.reviewersPerProposal(), required.size());
		Assignment assignment = new ReviewerAssignmentSolver().solve(new AssignmentProblem(k, maxLoad, micros, kinds,
				required.stream().mapToInt(Enum::ordinal).toArray()));

		jdbc.sql("delete from review_assignments a using proposals p where p.id = a.proposal_id and p.call_id = ?")
			.param(callId)
			.update();
		for (int p = 0; p < proposals.size(); p++) {
			for (int r : assignment.reviewersOf()[p]) {
				insert(proposals.get(p).id(), reviewers.get(r).id(), micros[p][r], false);
			}
		}
		audit.record(staffEmail, "ASSIGNMENT_PROPOSED", "call", callId, String.format(Locale.ROOT,
				"%d proposals, %d reviewers, total affinity %.6f", proposals.size(), reviewers.size(), assignment.total()));
		return assignment.shortfalls().stream()
			.map(gap -> new Gap(proposals.get(gap.proposal()).acronym(), gap.missing(), gap.reason(),
					gap.kind() == AssignmentProblem.NO_KIND ? null : ReviewerKind.values()[gap.kind()],
					gap.withoutConflict()))
			.toList();
	}

	/**
	 * Adds a reviewer to a proposal by hand.
	 * @throws EvaluationRefusedException when it would break a rule: a conflict, the proposal's k or the reviewer's maximum
	 */
	public void add(long callId, long proposalId, long reviewerId, String staffEmail) {
		Settings call = requireUndecided(callId);
		ProposalText proposal = proposals(callId).stream()
			.filter(candidate -> candidate.id() == proposalId)
			.findFirst()
			.orElseThrow(() -> new EvaluationRefusedException("evaluation.assignment.unknown"));
		Reviewer reviewer = reviewers().stream()
			.filter(candidate -> candidate.id() == reviewerId)
			.findFirst()
			.orElseThrow(() -> new EvaluationRefusedException("evaluation.assignment.unknown"));
		if (conflicts(callId).contains(key(proposalId, reviewerId))) {
			throw new EvaluationRefusedException("evaluation.assignment.conflict", reviewer.name(), proposal.acronym());
		}
		int assigned = jdbc.sql("select count(*) from review_assignments a where a.proposal_id = ? and not exists "
				+ "(select 1 from reviewer_conflicts c where c.proposal_id = a.proposal_id and c.reviewer_id = a.reviewer_id)")
			.param(proposalId)
			.query(Integer.class)
			.single();
		if (assigned >= call.reviewersPerProposal()) {
			throw new EvaluationRefusedException("evaluation.assignment.proposalFull", proposal.acronym(),
					call.reviewersPerProposal());
		}
		int load = jdbc.sql("select count(*) from review_assignments a join proposals p on p.id = a.proposal_id "
				+ "where a.reviewer_id = ? and p.call_id = ?")
			.params(reviewerId, callId)
			.query(Integer.class)
			.single();
		if (load >= call.maxProposalsPerReviewer()) {
			throw new EvaluationRefusedException("evaluation.assignment.reviewerFull", reviewer.name(),
					call.maxProposalsPerReviewer());
		}
		int inserted = insert(proposalId, reviewerId,
				AssignmentProblem.micros(affinity.of(reviewer.expertise(), proposal.text())), true);
		if (inserted == 0) {
			throw new EvaluationRefusedException("evaluation.assignment.already", reviewer.name(), proposal.acronym());
		}
		audit.record(staffEmail, "ASSIGNMENT_CHANGED", "proposal", proposalId, "reviewer " + reviewerId + " added");
		if (call.released()) {
			mailer.send(reviewer.email(), reviewer.locale(), "reviewer-assignment", Map.of("name", reviewer.name(),
					"call", call.code() + " · " + call.title(), "proposals", List.of(proposal.acronym() + " · " + proposal.title())));
		}
	}

	/**
	 * Takes a reviewer off a proposal.
	 * @throws EvaluationRefusedException once the call is decided, or when the reviewer has started the review
	 */
	public void remove(long callId, long proposalId, long reviewerId, String staffEmail) {
		requireUndecided(callId);
		boolean reviewed = jdbc.sql("select exists (select 1 from reviews where proposal_id = ? and reviewer_id = ?)")
			.params(proposalId, reviewerId)
			.query(Boolean.class)
			.single();
		if (reviewed) {
			throw new EvaluationRefusedException("evaluation.assignment.reviewed");
		}
		jdbc.sql("""
				delete from review_assignments a using proposals p
				where p.id = a.proposal_id and p.call_id = ? and a.proposal_id = ? and a.reviewer_id = ?""")
			.params(callId, proposalId, reviewerId)
			.update();
		audit.record(staffEmail, "ASSIGNMENT_CHANGED", "proposal", proposalId, "reviewer " + reviewerId + " removed");
	}

	/**
	 * Releases the assignment: the call goes into evaluation and each reviewer is e-mailed the proposals they review.
	 * @throws EvaluationRefusedException when it is released already or assigns nobody
	 */
	public void release(long callId, String staffEmail) {
		Settings call = requireOpen(callId);
		Map<Reviewer, List<String>> lists = new LinkedHashMap<>();
		Map<Long, Reviewer> reviewers = new LinkedHashMap<>();
		reviewers().forEach(reviewer -> reviewers.put(reviewer.id(), reviewer));
		jdbc.sql("""
				select a.reviewer_id, p.acronym || ' · ' || p.title
				from review_assignments a join proposals p on p.id = a.proposal_id
				where p.call_id = ? and not exists (select 1 from reviewer_conflicts c
				    where c.proposal_id = a.proposal_id and c.reviewer_id = a.reviewer_id)
				order by p.acronym""")
			.param(callId)
			.query(rs -> {
				Reviewer reviewer = reviewers.get(rs.getLong(1));
				if (reviewer != null) {
					lists.computeIfAbsent(reviewer, key -> new ArrayList<>()).add(rs.getString(2));
				}
			});
		if (lists.isEmpty()) {
			throw new EvaluationRefusedException("evaluation.assignment.empty");
		}
		evaluationStart.startUnlessStarted(callId, staffEmail);
		jdbc.sql("update calls set assignment_released_at = ? where id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), callId)
			.update();
		lists.forEach((reviewer, proposals) -> mailer.send(reviewer.email(), reviewer.locale(), "reviewer-assignment",
				Map.of("name", reviewer.name(), "call", call.code() + " · " + call.title(), "proposals", proposals)));
		audit.record(staffEmail, "ASSIGNMENT_RELEASED", "call", callId, lists.size() + " reviewers e-mailed");
	}

	private Settings requireOpen(long callId) {
		Settings call = settings.locked(callId);
		if (call.released()) {
			throw new EvaluationRefusedException("evaluation.assignment.released");
		}
		return call;
	}

	private Settings requireUndecided(long callId) {
		Settings call = settings.locked(callId);
		if (call.decided()) {
			throw new EvaluationRefusedException("evaluation.decided");
		}
		return call;
	}

	private int insert(long proposalId, long reviewerId, int micros, boolean byHand) {
		return jdbc.sql("""
				insert into review_assignments (proposal_id, reviewer_id, affinity, by_hand, created_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(proposalId, reviewerId, BigDecimal.valueOf(micros, 6), byHand, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private List<ProposalText> proposals(long callId) {
		return jdbc.sql("select id, acronym, title, title || ' ' || abstract || ' ' || medical_need from proposals "
				+ "where call_id = ? and status in " + EVALUATED + " order by acronym, id")
			.param(callId)
			.query((rs, row) -> new ProposalText(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	private List<Reviewer> reviewers() {
		return jdbc.sql("""
				select u.id, u.full_name, u.email, u.locale, coalesce(rp.expertise, '{}'), rp.kind
				from users u join user_roles r on r.user_id = u.id and r.role = 'REVIEWER'
				left join reviewer_profiles rp on rp.user_id = u.id
				where u.enabled order by u.id""")
			.query((rs, row) -> new Reviewer(rs.getLong(1), rs.getString(2), rs.getString(3),
					Locale.forLanguageTag(rs.getString(4)), strings(rs.getArray(5)),
					rs.getString(6) == null ? null : ReviewerKind.valueOf(rs.getString(6))))
			.list();
	}

	private Set<Long> conflicts(long callId) {
		Set<Long> pairs = new HashSet<>();
		jdbc.sql("select c.proposal_id, c.reviewer_id from reviewer_conflicts c join proposals p on p.id = c.proposal_id "
				+ "where p.call_id = ?")
			.param(callId)
			.query(rs -> {
				pairs.add(key(rs.getLong(1), rs.getLong(2)));
			});
		return pairs;
	}

	private static long key(long proposalId, long reviewerId) {
		return (proposalId << 32) ^ reviewerId;
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
