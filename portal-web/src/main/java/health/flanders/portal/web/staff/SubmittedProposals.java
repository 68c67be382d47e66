package health.flanders.portal.web.staff;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
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

/** What staff see of the proposals submitted to a call: each with its eligibility, and the list as CSV. */
@Service
@Transactional(readOnly = true)
public class SubmittedProposals {

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final MessageSource messages;

	private final BrusselsTime time;

	SubmittedProposals(CallRepository calls, ProposalRepository proposals,
			MessageSource messages, BrusselsTime time) {
		this.calls = calls;
		this.proposals = proposals;
		this.messages = messages;
		this.time = time;
	}

	/** One submitted proposal as staff see it in the list. */
	public record Line(long id, String reference, String acronym, String title, ProposalStatus status,
			String coordinator, String members, BigDecimal requestedBudgetEur, EligibilityResult eligibility,
			List<String> reasons, Instant firstSubmittedAt) {
	}

	public List<Call> calls() {
		return calls.findAll(Sort.by("deadline").descending());
	}

	public Call call(long callId) {
		return calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
	}

	public List<Line> of(long callId, Locale locale) {
		call(callId);
		return proposals.findSubmittedOfCall(callId).stream().map(proposal -> line(proposal, locale)).toList();
	}

	Line line(Proposal proposal, Locale locale) {
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
				proposal.getFirstSubmittedAt());
	}

	public void writeCsv(List<Line> lines, OutputStream out) {
		try (Csv csv = Csv.to(out)) {
			csv.row("reference", "acronym", "title", "status", "first_submitted_at", "coordinator", "members",
					"requested_budget_eur", "eligible", "independent_flemish_enterprises", "rtos", "reasons");
			for (Line line : lines) {
				csv.row(line.reference(), line.acronym(), line.title(), line.status(), time.iso(line.firstSubmittedAt()),
						line.coordinator(), line.members(), line.requestedBudgetEur().toPlainString(),
						line.eligibility().eligible() ? "yes" : "no", line.eligibility().independentFlemishEnterprises(),
						line.eligibility().rtos(), String.join(" | ", line.reasons()));
			}
		}
	}
}
