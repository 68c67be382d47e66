package health.flanders.portal.web.staff;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	SubmittedProposals(CallRepository calls, ProposalRepository proposals, EligibilityOverrides overrides,
			MessageSource messages, BrusselsTime time) {
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

	/**
	 * One page of the call's submitted proposals: only that page's proposals and consortia are read, so that a call
	 * of 600 proposals lists as fast as one of 50.
	 */
	public Page page(long callId, int page, Locale locale) {
		long total = proposals.countSubmittedOfCall(callId);
		List<Long> ids = proposals.findSubmittedIdsOfCall(callId, PageRequest.of(page, PAGE_SIZE));
		List<Line> lines = List.of();
		if (!ids.isEmpty()) {
			Map<Long, EligibilityOverrides.Decision> decisions = overrides.ofCall(callId);
			lines = proposals.findWithMembersByIdIn(ids)
				.stream()
				.map(proposal -> line(proposal, decisions.get(proposal.getId()), locale))
				.toList();
		}
		return new Page(lines, page, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), total);
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
