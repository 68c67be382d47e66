package health.flanders.portal.web.staff;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.proposal.ConsortiumMember;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.system.Csv;

/**
 * What staff see of the proposals submitted to a call: each with its eligibility, staff's decision where one
 * overrides the automatic check, and the list as CSV.
 */
@Service
@Transactional(readOnly = true)
public class SubmittedProposals {

	static final int PAGE_SIZE = 50;

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final EligibilityOverrides overrides;

	private final MessageSource messages;

	private final BrusselsTime time;

	private final JdbcClient jdbc;

	SubmittedProposals(CallRepository calls, ProposalRepository proposals, EligibilityOverrides overrides,
			MessageSource messages, BrusselsTime time, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.proposals = proposals;
		this.overrides = overrides;
		this.messages = messages;
		this.time = time;
	}

	/**
	 * One submitted proposal as staff see it in the list: the automatic check's result and, when staff overrode it,
	 * their decision ({@code null} otherwise).
	 */
	public record Line(long id, String reference, String acronym, String title, ProposalStatus status,
			String coordinator, String members, BigDecimal requestedBudgetEur, EligibilityResult eligibility,
			List<String> reasons, Instant firstSubmittedAt, EligibilityOverrides.Decision staffDecision) {

		/** Eligible as it counts: staff's decision where there is one, the automatic check otherwise. */
		public boolean effectivelyEligible() {
			return staffDecision != null ? staffDecision.eligible() : eligibility.eligible();
		}
	}

	public Call call(long callId) {
		return calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
	}

	public List<Line> of(long callId, Locale locale) {
		call(callId);
		Map<Long, EligibilityOverrides.Decision> decisions = overrides.ofCall(callId);
		return proposals.findSubmittedOfCall(callId)
			.stream()
			.map(proposal -> line(proposal, decisions.get(proposal.getId()), locale))
			.toList();
	}

	/** One page of {@link #PAGE_SIZE} lines, by reference: {@code page} counts from 0, of {@code pages}. */
	public record Page(List<Line> lines, int page, long pages, long total) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages;
		}
	}

	/** One page of the call's submitted proposals, by reference. */
	public Page page(long callId, int page, Locale locale) {
		return search(callId, ProposalQuery.ALL, page, locale);
	}

	/** One of the call's goals as the list's filter offers it. */
	public record GoalChoice(long id, String code, String title) {
	}

	/** The call's goals, sub-goals after their goal, in the reader's language. */
	public List<GoalChoice> goals(long callId, Locale locale) {
		return call(callId).getGoals()
			.stream()
			.map(goal -> new GoalChoice(goal.getId(), goal.getCode(), goal.getTitle(locale)))
			.toList();
	}

	/**
	 * One page of the call's submitted proposals that answer the query, in its order. The search, the filters, the
	 * order and the page are one statement (with one to count), served by the indexes of V26, V30 and V32 and the
	 * proposals' tallies; then only that page's proposals and consortia are read, so that a call of 600 proposals
	 * lists as fast as one of 50.
	 */
	public Page search(long callId, ProposalQuery query, int page, Locale locale) {
		Map<String, Object> parameters = new HashMap<>();
		String matching = matching(callId, query, parameters);
		long total = jdbc.sql("select count(*) " + matching).params(parameters).query(Long.class).single();
		List<Long> ids = jdbc.sql("select p.id " + matching + " order by " + order(query) + " offset :offset limit :limit")
			.params(parameters)
			.param("offset", (long) page * PAGE_SIZE)
			.param("limit", PAGE_SIZE)
			.query(Long.class)
			.list();
		List<Line> lines = List.of();
		if (!ids.isEmpty()) {
			Map<Long, EligibilityOverrides.Decision> decisions = overrides.ofCall(callId);
			Map<Long, Integer> position = new HashMap<>();
			ids.forEach(id -> position.put(id, position.size()));
			lines = proposals.findWithMembersByIdIn(ids)
				.stream()
				.sorted(Comparator.comparing(proposal -> position.get(proposal.getId())))
				.map(proposal -> line(proposal, decisions.get(proposal.getId()), locale))
				.toList();
		}
		return new Page(lines, page, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
	}

	/** The {@code from} and {@code where} of the query, its values put in {@code parameters}. */
	private static String matching(long callId, ProposalQuery query, Map<String, Object> parameters) {
		StringBuilder sql = new StringBuilder("""
				from proposals p join proposal_tallies t on t.proposal_id = p.id
				where p.call_id = :call and p.reference is not null""");
		parameters.put("call", callId);
		if (query.text() != null) {
			sql.append('\n').append("""
					 and (lower(p.acronym || ' ' || p.title) like :pattern escape '\\'
					      or p.id in (select m.proposal_id from consortium_members m
					                  join organisations o on o.id = m.organisation_id
					                  where lower(o.name) like :pattern escape '\\'))""");
			parameters.put("pattern", query.likePattern());
		}
		if (query.status() != null) {
			sql.append("\n and p.status = :status");
			parameters.put("status", query.status().name());
		}
		if (query.eligibility() != null) {
			sql.append('\n').append(switch (query.eligibility()) {
				case ELIGIBLE -> " and t.eligible";
				case NOT_ELIGIBLE -> " and not t.eligible";
				case OVERRIDDEN -> " and exists (select 1 from eligibility_overrides e"
						+ " where e.proposal_id = p.id and e.eligible is not null)";
			});
		}
		if (query.goalId() != null) {
			sql.append('\n').append("""
					 and exists (select 1 from proposal_goals g join call_goals c on c.id = g.goal_id
					             where g.proposal_id = p.id and (c.id = :goal or c.parent_id = :goal))""");
			parameters.put("goal", query.goalId());
		}
		return sql.toString();
	}

	private static String order(ProposalQuery query) {
		String direction = query.descending() ? " desc" : " asc";
		return switch (query.sort()) {
			case REFERENCE -> "p.reference" + direction;
			case ACRONYM -> "lower(p.acronym)" + direction + ", p.reference";
			case SUBMITTED -> "p.first_submitted_at" + direction + " nulls last, p.reference";
			case BUDGET -> "t.requested_eur" + direction + ", p.reference";
			case ELIGIBILITY -> "t.eligible" + direction + ", p.reference";
		};
	}

	Line line(Proposal proposal, Locale locale) {
		return line(proposal, overrides.of(proposal.getId()).decision().orElse(null), locale);
	}

	private Line line(Proposal proposal, EligibilityOverrides.Decision staffDecision, Locale locale) {
		EligibilityResult eligibility = proposal.checkEligibility();
		String coordinator = proposal.getMembers()
			.stream()
			.filter(ConsortiumMember::isCoordinator)
			.map(member -> member.getOrganisation().getName())
			.findFirst()
			.orElse("");
		String members = proposal.getMembers()
			.stream()
			.map(member -> member.getOrganisation().getName())
			.collect(Collectors.joining("; "));
		BigDecimal budget = proposal.getMembers()
			.stream()
			.map(ConsortiumMember::getRequestedBudgetEur)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Line(proposal.getId(), proposal.getReference(), proposal.getAcronym(), proposal.getTitle(),
				proposal.getStatus(), coordinator, members, budget, eligibility,
				eligibility.reasons().stream().map(reason -> messages.getMessage(reason, locale)).toList(),
				proposal.getFirstSubmittedAt(), staffDecision);
	}

	public void writeCsv(List<Line> lines, OutputStream out) {
		try (Csv csv = Csv.to(out)) {
			csv.row("reference", "acronym", "title", "status", "first_submitted_at", "coordinator", "members",
					"requested_budget_eur", "eligible", "independent_flemish_enterprises", "rtos", "reasons",
					"eligibility_decided_by", "staff_decision_reason");
			for (Line line : lines) {
				csv.row(line.reference(), line.acronym(), line.title(), line.status(), time.iso(line.firstSubmittedAt()),
						line.coordinator(), line.members(), line.requestedBudgetEur().toPlainString(),
						line.effectivelyEligible() ? "yes" : "no", line.eligibility().independentFlemishEnterprises(),
						line.eligibility().rtos(), String.join(" | ", line.reasons()),
						line.staffDecision() == null ? "rule" : "staff",
						line.staffDecision() == null ? "" : line.staffDecision().reason());
			}
		}
	}
}
