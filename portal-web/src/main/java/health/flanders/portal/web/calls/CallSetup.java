package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Admins set calls up and run them through their phases. Every change is one transaction and leaves an entry on the
 * audit trail; the call itself refuses what its phase does not allow (see {@link Call}).
 */
@Service
@Transactional
public class CallSetup {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final CallRepository calls;

	private final ProposalRepository proposals;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final JdbcClient jdbc;

	private final Clock clock;

	CallSetup(CallRepository calls, ProposalRepository proposals, AuditTrail audit, Mailer mailer, JdbcClient jdbc,
			Clock clock) {
		this.calls = calls;
		this.proposals = proposals;
		this.audit = audit;
		this.mailer = mailer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A call as its form shows it, and whether its rules and goals are locked by proposals on it. */
	public record Editing(Call call, CallPhase phase, CallForm form, boolean locked) {
	}

	@Transactional(readOnly = true)
	public Editing editing(long callId) {
		Call call = find(callId);
		return new Editing(call, call.phase(clock), formOf(call), proposals.existsByCallId(callId));
	}

	/** A new call's form, filled from an earlier call with its dates a year later and no code. */
	@Transactional(readOnly = true)
	public CallForm copyOf(long callId) {
		Call source = find(callId);
		CallForm form = formOf(source);
		form.setCode("");
		form.setOpensAt(form.getOpensAt().plusYears(1));
		form.setDeadline(form.getDeadline().plusYears(1));
		form.setVersion(0);
		return form;
	}

	/**
	 * Creates a draft call.
	 * @throws CodeTakenException when another call has this code
	 */
	public long create(CallForm form, String adminEmail) {
		if (calls.findByCode(form.getCode()).isPresent()) {
			throw new CodeTakenException();
		}
		Call call = new Call(form.getCode(), form.title(), form.description(), instant(form.getOpensAt()),
				instant(form.getDeadline()), form.getBudgetEur(), eligibility(form), evaluationDefaults(form),
				form.getAbstractMaxLength(), clock);
		call.defineGoals(form.goalDefinitions(), false);
		try {
			calls.saveAndFlush(call);
		}
		catch (DataIntegrityViolationException ex) {
			throw new CodeTakenException();
		}
		audit.record(adminEmail, "CALL_CREATED", "call", call.getId(), call.getCode());
		return call.getId();
	}

	/**
	 * Saves the form over the call as loaded at {@code form.version}.
	 * @throws ObjectOptimisticLockingFailureException when someone saved the call meanwhile
	 * @throws health.flanders.portal.call.CallChangeRefusedException when the call's phase does not allow a change
	 */
	public void update(long callId, CallForm form, String adminEmail) {
		Call call = find(callId);
		if (call.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Call.class, callId);
		}
		boolean published = call.getStatus() != CallStatus.DRAFT;
		boolean textsChanged = !call.getBilingualTitle().equals(form.title())
				|| !call.getBilingualDescription().equals(form.description());
		boolean locked = proposals.existsByCallId(callId);
		call.describe(form.title(), form.description());
		call.reschedule(unlessUnchanged(form.getOpensAt(), call.getOpensAt()),
				unlessUnchanged(form.getDeadline(), call.getDeadline()), clock);
		call.changeBudget(form.getBudgetEur());
		call.changeRules(eligibility(form), form.getAbstractMaxLength(), locked);
		call.defineGoals(form.goalDefinitions(), locked);
		if (!sameDefaults(call.getEvaluationDefaults(), evaluationDefaults(form))) {
			call.changeEvaluationDefaults(evaluationDefaults(form));
		}
		calls.saveAndFlush(call);
		audit.record(adminEmail, published && textsChanged ? "CALL_TEXTS_CORRECTED" : "CALL_UPDATED", "call", callId,
				call.getCode());
	}

	public void publish(long callId, String adminEmail) {
		Call call = find(callId);
		call.publish(clock);
		audit.record(adminEmail, "CALL_PUBLISHED", "call", callId, call.getCode());
	}

	/**
	 * Extends an open call's deadline and e-mails every applicant with a proposal on the call, in their language.
	 * @return how many applicants were e-mailed
	 */
	public int extendDeadline(long callId, LocalDateTime newDeadline, String reason, String adminEmail) {
		Call call = find(callId);
		Instant previous = call.getDeadline();
		call.extendDeadline(instant(newDeadline), reason, clock);
		calls.saveAndFlush(call);
		var applicants = jdbc.sql("""
				select distinct u.email, u.full_name, u.locale
				from proposals p
				join proposal_applicants a on a.proposal_id = p.id
				join users u on u.id = a.user_id
				where p.call_id = ? and u.enabled and p.status <> 'WITHDRAWN'
				order by u.email""")
			.param(callId)
			.query((rs, row) -> new Applicant(rs.getString(1), rs.getString(2), Locale.forLanguageTag(rs.getString(3))))
			.list();
		for (Applicant applicant : applicants) {
			mailer.send(applicant.email(), applicant.locale(), "call-deadline-extended",
					Map.of("name", applicant.name(), "callTitle", call.getTitle(applicant.locale()), "previous",
							previous, "deadline", call.getDeadline(), "reason", reason.strip(), "callId", callId));
		}
		audit.record(adminEmail, "CALL_DEADLINE_EXTENDED", "call", callId,
				previous + " -> " + call.getDeadline() + ": " + reason.strip());
		return applicants.size();
	}

	private record Applicant(String email, String name, Locale locale) {
	}

	private Call find(long callId) {
		return calls.findWithGoalsById(callId).orElseThrow(() -> new CallNotFoundException(callId));
	}

	static CallForm formOf(Call call) {
		CallForm form = new CallForm();
		form.setCode(call.getCode());
		form.setTitleEn(call.getBilingualTitle().en());
		form.setTitleNl(call.getBilingualTitle().nl());
		form.setDescriptionEn(call.getBilingualDescription().en());
		form.setDescriptionNl(call.getBilingualDescription().nl());
		form.setOpensAt(LocalDateTime.ofInstant(call.getOpensAt(), BrusselsTime.ZONE).truncatedTo(ChronoUnit.MINUTES));
		form.setDeadline(LocalDateTime.ofInstant(call.getDeadline(), BrusselsTime.ZONE).truncatedTo(ChronoUnit.MINUTES));
		form.setBudgetEur(call.getBudgetEur());
		EligibilityCriteria rules = call.getEligibility();
		form.setMinIndependentFlemishEnterprises(rules.minIndependentFlemishEnterprises());
		form.setMinRtos(rules.minRtos());
		form.setEnterpriseMustCoordinate(rules.enterpriseMustCoordinate());
		form.setUniversityRequiredWithStrategicResearchCentre(rules.universityRequiredWithStrategicResearchCentre());
		form.setResearchShareLimited(rules.maxResearchBudgetShare() != null);
		form.setMaxResearchSharePercent(rules.maxResearchBudgetShare() == null ? null
				: new BigDecimal(rules.maxResearchBudgetShare().multiply(HUNDRED).stripTrailingZeros().toPlainString()));
		form.setEnterpriseBudgetMinimum(rules.minEnterpriseBudgetEur() != null);
		form.setMinEnterpriseBudgetEur(rules.minEnterpriseBudgetEur());
		form.setEnterpriseBudgetMaximum(rules.maxEnterpriseBudgetEur() != null);
		form.setMaxEnterpriseBudgetEur(rules.maxEnterpriseBudgetEur());
		form.setReviewersPerProposal(call.getEvaluationDefaults().reviewersPerProposal());
		form.setMaxProposalsPerReviewer(call.getEvaluationDefaults().maxProposalsPerReviewer());
		form.setTotalThreshold(call.getEvaluationDefaults().totalThreshold());
		form.setAbstractMaxLength(call.getAbstractMaxLength());
		form.setGoals(new ArrayList<>(
				call.goalDefinitions().stream().map(CallForm.GoalLine::new).toList()));
		form.setVersion(call.getVersion());
		return form;
	}

	private static EligibilityCriteria eligibility(CallForm form) {
		return new EligibilityCriteria(form.getMinIndependentFlemishEnterprises(), form.getMinRtos(),
				form.isEnterpriseMustCoordinate(), form.isUniversityRequiredWithStrategicResearchCentre(),
				form.isResearchShareLimited()
						? form.getMaxResearchSharePercent().divide(HUNDRED, 4, RoundingMode.HALF_UP) : null,
				form.isEnterpriseBudgetMinimum() ? form.getMinEnterpriseBudgetEur() : null,
				form.isEnterpriseBudgetMaximum() ? form.getMaxEnterpriseBudgetEur() : null);
	}

	private static EvaluationDefaults evaluationDefaults(CallForm form) {
		return new EvaluationDefaults(form.getReviewersPerProposal(), form.getMaxProposalsPerReviewer(),
				form.getTotalThreshold());
	}

	private static boolean sameDefaults(EvaluationDefaults a, EvaluationDefaults b) {
		return a.reviewersPerProposal() == b.reviewersPerProposal()
				&& a.maxProposalsPerReviewer() == b.maxProposalsPerReviewer()
				&& a.totalThreshold().compareTo(b.totalThreshold()) == 0;
	}

	/**
	 * The form shows instants to the minute: a time it sends back unchanged keeps the call's instant to the second, so
	 * that saving texts never looks like moving the dates.
	 */
	private static Instant unlessUnchanged(LocalDateTime brusselsTime, Instant current) {
		return LocalDateTime.ofInstant(current, BrusselsTime.ZONE).truncatedTo(ChronoUnit.MINUTES).equals(brusselsTime)
				? current : instant(brusselsTime);
	}

	/** A Brussels local time as an instant; a time that daylight saving skips is read as the hour after. */
	static Instant instant(LocalDateTime brusselsTime) {
		return brusselsTime.atZone(BrusselsTime.ZONE).toInstant();
	}

	/** Another call has this code already. */
	public static class CodeTakenException extends RuntimeException {

		CodeTakenException() {
			super("Another call has this code");
		}
	}
}
