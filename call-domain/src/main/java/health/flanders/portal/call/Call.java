package health.flanders.portal.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import health.flanders.portal.call.eligibility.EligibilityCriteria;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A call for proposals: what it funds, in English and Dutch, when it takes proposals, and which consortia are
 * eligible. The call guards its own life: draft, published, open from its opening, closed from its deadline, in
 * evaluation, decided (see {@link CallPhase}); each change it does not allow now is refused with a
 * {@link CallChangeRefusedException} that says why.
 */
@Entity
@Table(name = "calls")
public class Call {

	/** The longest abstract any call may allow (the proposals table holds no more). */
	public static final int MAX_ABSTRACT_LENGTH = 4000;

	/** The shortest abstract length limit a call may set. */
	public static final int MIN_ABSTRACT_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Short code used in proposal references, e.g. {@code ICON-PM}. */
	@Column(nullable = false, length = 20, updatable = false)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(name = "title_nl", nullable = false)
	private String titleNl;

	@Column(nullable = false)
	private String description;

	@Column(name = "description_nl", nullable = false)
	private String descriptionNl;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CallStatus status;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(nullable = false)
	private Instant deadline;

	@Column(name = "budget_eur", nullable = false, precision = 14, scale = 2)
	private BigDecimal budgetEur;

	@Embedded
	private EligibilityCriteria eligibility;

	@Embedded
	private EvaluationDefaults evaluationDefaults;

	@Column(name = "abstract_max_length", nullable = false)
	private int abstractMaxLength;

	@OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CallGoal> goals = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "evaluation_started_at")
	private Instant evaluationStartedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "assignment_released_at")
	private Instant assignmentReleasedAt;

	/** When the reviewers' scores are due; reminders go out before it and once it has passed. */
	@Column(name = "review_deadline")
	private Instant reviewDeadline;

	@Version
	private long version;

	protected Call() {
	}

	/** A draft call with its texts in English only, the standard evaluation and the longest abstract. */
	public Call(String code, String title, String description, Instant opensAt, Instant deadline, BigDecimal budgetEur,
			EligibilityCriteria eligibility, Clock clock) {
		this(code, new Bilingual(title, ""), new Bilingual(description, ""), opensAt, deadline, budgetEur, eligibility,
				EvaluationDefaults.standard(), MAX_ABSTRACT_LENGTH, clock);
	}

	/** A draft call, to be published later. */
	public Call(String code, Bilingual title, Bilingual description, Instant opensAt, Instant deadline,
			BigDecimal budgetEur, EligibilityCriteria eligibility, EvaluationDefaults evaluationDefaults,
			int abstractMaxLength, Clock clock) {
		this.code = Objects.requireNonNull(code);
		this.status = CallStatus.DRAFT;
		this.createdAt = clock.instant();
		describe(title, description);
		checkSchedule(opensAt, deadline);
		this.opensAt = opensAt;
		this.deadline = deadline;
		changeBudget(budgetEur);
		this.eligibility = Objects.requireNonNull(eligibility);
		this.evaluationDefaults = Objects.requireNonNull(evaluationDefaults);
		this.abstractMaxLength = checkAbstractLength(abstractMaxLength);
	}

	/** The phase of this call at an instant. */
	public CallPhase phaseAt(Instant instant) {
		return CallPhase.of(status, opensAt, deadline, instant);
	}

	public CallPhase phase(Clock clock) {
		return phaseAt(clock.instant());
	}

	/** Whether a proposal can be started or submitted at this instant: the call is open. */
	public boolean acceptsSubmissionsAt(Instant instant) {
		return phaseAt(instant).takesProposals();
	}

	/** Makes a draft visible to the public; it opens at its opening instant. Its deadline must still lie ahead. */
	public void publish(Clock clock) {
		if (status != CallStatus.DRAFT) {
			throw refused("call.refused.publish.not-draft", "Only a draft call can be published");
		}
		if (!clock.instant().isBefore(deadline)) {
			throw refused("call.refused.publish.deadline-passed", "The deadline of this call has passed");
		}
		if (titleNl.isEmpty() || descriptionNl.isEmpty()) {
			throw refused("call.refused.publish.dutch-missing", "The call needs its Dutch title and description");
		}
		if (goals.stream().noneMatch(goal -> goal.getParent() != null)) {
			throw refused("call.refused.publish.no-goals", "The call needs at least one goal with a sub-goal");
		}
		status = CallStatus.PUBLISHED;
		publishedAt = clock.instant();
	}

	/** Starts the evaluation: only once the call has closed, so that no one can still submit. */
	public void startEvaluation(Clock clock) {
		CallPhase phase = phase(clock);
		if (phase != CallPhase.CLOSED) {
			throw refused("call.refused.evaluation." + phase.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					"The evaluation can only start once the call has closed, and only once");
		}
		status = CallStatus.IN_EVALUATION;
		evaluationStartedAt = clock.instant();
	}

	/** Releases the assignment of reviewers to the proposals: once, during the evaluation. */
	public void releaseAssignment(Clock clock) {
		if (status != CallStatus.IN_EVALUATION) {
			throw refused("call.refused.release.not-in-evaluation", "The assignment is released during the evaluation");
		}
		if (assignmentReleasedAt != null) {
			throw refused("call.refused.release.twice", "The assignment is released already");
		}
		assignmentReleasedAt = clock.instant();
	}

	/** Records the funding decision: only during the evaluation. */
	public void decide(Clock clock) {
		if (status != CallStatus.IN_EVALUATION) {
			throw refused("call.refused.decide.not-in-evaluation", "Only a call in evaluation can be decided");
		}
		status = CallStatus.DECIDED;
		decidedAt = clock.instant();
	}

	/** Replaces the titles and descriptions: texts may be corrected in every phase. */
	public void describe(Bilingual title, Bilingual description) {
		if (title.en().isEmpty() || description.en().isEmpty()) {
			throw new IllegalArgumentException("A call needs its English title and description");
		}
		if (title.en().length() > 200 || title.nl().length() > 200) {
			throw new IllegalArgumentException("A title has at most 200 characters");
		}
		this.title = title.en();
		this.titleNl = title.nl();
		this.description = description.en();
		this.descriptionNl = description.nl();
	}

	/**
	 * Moves the opening and the deadline. A draft, or a published call that has not opened yet, may be rescheduled
	 * freely (the deadline still ahead). Once open, the opening stays and the deadline only moves later, through
	 * {@link #extendDeadline}. Once closed, nothing moves.
	 */
	public void reschedule(Instant newOpensAt, Instant newDeadline, Clock clock) {
		checkSchedule(newOpensAt, newDeadline);
		if (newOpensAt.equals(opensAt) && newDeadline.equals(deadline)) {
			return;
		}
		CallPhase phase = phase(clock);
		switch (phase) {
			case DRAFT -> {
			}
			case PUBLISHED -> {
				if (!newDeadline.isAfter(clock.instant())) {
					throw refused("call.refused.schedule.deadline-past", "The new deadline has passed already");
				}
			}
			case OPEN -> {
				if (!newOpensAt.equals(opensAt)) {
					throw refused("call.refused.schedule.opened", "The call has opened: its opening cannot move");
				}
				throw refused("call.refused.schedule.extend-only",
						"The call is open: its deadline can only be extended, with a reason");
			}
			default -> throw refused("call.refused.schedule.closed", "The call has closed: its dates cannot change");
		}
		this.opensAt = newOpensAt;
		this.deadline = newDeadline;
	}

	/** Extends the deadline of an open call; never shortens it. The reason goes to every applicant. */
	public void extendDeadline(Instant newDeadline, String reason, Clock clock) {
		if (phase(clock) != CallPhase.OPEN) {
			throw refused("call.refused.extend.not-open", "Only an open call's deadline can be extended");
		}
		if (!newDeadline.isAfter(deadline)) {
			throw refused("call.refused.extend.not-later", "The new deadline must come after the current one");
		}
		if (reason == null || reason.isBlank()) {
			throw refused("call.refused.extend.no-reason", "An extension needs its reason");
		}
		this.deadline = newDeadline;
	}

	/**
	 * Sets or moves the review deadline: before and after the assignment's release (moving it later is the reviewers'
	 * extension), until the funding decision; always after the submission deadline, since reviewing starts only then.
	 */
	public void changeReviewDeadline(Instant newReviewDeadline) {
		Objects.requireNonNull(newReviewDeadline);
		if (status == CallStatus.DECIDED) {
			throw refused("call.refused.review-deadline.decided", "The call is decided: its review deadline stays");
		}
		if (!newReviewDeadline.isAfter(deadline)) {
			throw refused("call.refused.review-deadline.before-submissions-close",
					"The review deadline must come after the submission deadline");
		}
		this.reviewDeadline = newReviewDeadline;
	}

	/** Changes the budget, until the funding decision. */
	public void changeBudget(BigDecimal newBudgetEur) {
		if (newBudgetEur == null || newBudgetEur.signum() <= 0) {
			throw new IllegalArgumentException("The budget must be positive");
		}
		if (status == CallStatus.DECIDED) {
			throw refused("call.refused.budget.decided", "The call is decided: its budget cannot change");
		}
		this.budgetEur = newBudgetEur;
	}

	/**
	 * Changes the eligibility settings and the abstract's length limit: only while no proposal exists on the call, so
	 * that nobody's consortium or text is judged by other rules than those it was written for.
	 */
	public void changeRules(EligibilityCriteria newEligibility, int newAbstractMaxLength, boolean proposalsExist) {
		boolean changed = !sameRules(eligibility, newEligibility) || newAbstractMaxLength != abstractMaxLength;
		if (changed && proposalsExist) {
			throw refused("call.refused.rules.locked",
					"Proposals exist on this call: its eligibility settings are locked");
		}
		this.eligibility = newEligibility;
		this.abstractMaxLength = checkAbstractLength(newAbstractMaxLength);
	}

	/** Changes the evaluation defaults, until the evaluation starts. */
	public void changeEvaluationDefaults(EvaluationDefaults defaults) {
		if (status == CallStatus.IN_EVALUATION || status == CallStatus.DECIDED) {
			throw refused("call.refused.evaluation-defaults.started",
					"The evaluation has started: change its settings on the evaluation page");
		}
		this.evaluationDefaults = Objects.requireNonNull(defaults);
	}

	/**
	 * Replaces the goals and sub-goals by these, in this order. Once a proposal exists on the call only their titles
	 * may change: the codes, their order and which goal a sub-goal belongs to are locked.
	 */
	public void defineGoals(List<GoalDefinition> definitions, boolean proposalsExist) {
		checkGoals(definitions);
		if (proposalsExist && !sameStructure(definitions)) {
			throw refused("call.refused.goals.locked", "Proposals exist on this call: its goals are locked");
		}
		Map<String, CallGoal> byCode = new HashMap<>();
		goals.forEach(goal -> byCode.put(goal.getCode(), goal));
		Set<String> kept = new HashSet<>();
		List<CallGoal> ordered = new ArrayList<>();
		Map<String, CallGoal> placed = new HashMap<>();
		for (int position = 0; position < definitions.size(); position++) {
			GoalDefinition definition = definitions.get(position);
			CallGoal parent = definition.isSubGoal() ? placed.get(definition.parentCode()) : null;
			CallGoal goal = byCode.get(definition.code());
			if (goal == null) {
				goal = new CallGoal(this, parent, definition.code(), definition.title(), position);
			}
			else {
				goal.redefine(parent, definition.title(), position);
			}
			kept.add(definition.code());
			placed.put(definition.code(), goal);
			ordered.add(goal);
		}
		goals.removeIf(goal -> !kept.contains(goal.getCode()));
		for (CallGoal goal : ordered) {
			if (!goals.contains(goal)) {
				goals.add(goal);
			}
		}
		goals.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
	}

	/** Adds a goal, or a sub-goal when {@code parent} is given, after the goals already there (English title only). */
	public CallGoal addGoal(String code, String title, CallGoal parent) {
		return addGoal(code, new Bilingual(title, ""), parent);
	}

	/** Adds a goal, or a sub-goal when {@code parent} is given, after the goals already there. */
	public CallGoal addGoal(String code, Bilingual title, CallGoal parent) {
		CallGoal goal = new CallGoal(this, parent, code, title, goals.size());
		goals.add(goal);
		return goal;
	}

	/** The goals as definitions, in their order: what a copy of this call or its form starts from. */
	public List<GoalDefinition> goalDefinitions() {
		return goals.stream()
			.map(goal -> new GoalDefinition(goal.getCode(),
					goal.getParent() == null ? null : goal.getParent().getCode(), goal.getBilingualTitle()))
			.toList();
	}

	/** A new draft with this call's texts, rules, goals and evaluation defaults, under a new code and new dates. */
	public Call copyAsDraft(String newCode, Instant newOpensAt, Instant newDeadline, Clock clock) {
		Call copy = new Call(newCode, getBilingualTitle(), getBilingualDescription(), newOpensAt, newDeadline,
				budgetEur, eligibility.copy(), new EvaluationDefaults(evaluationDefaults.reviewersPerProposal(),
						evaluationDefaults.maxProposalsPerReviewer(), evaluationDefaults.totalThreshold()),
				abstractMaxLength, clock);
		copy.defineGoals(goalDefinitions(), false);
		return copy;
	}

	private static void checkSchedule(Instant opensAt, Instant deadline) {
		if (!deadline.isAfter(opensAt)) {
			throw new IllegalArgumentException("The deadline must come after the opening");
		}
	}

	private static int checkAbstractLength(int length) {
		if (length < MIN_ABSTRACT_LENGTH || length > MAX_ABSTRACT_LENGTH) {
			throw new IllegalArgumentException("An abstract limit between 200 and 4000 characters");
		}
		return length;
	}

	private static void checkGoals(List<GoalDefinition> definitions) {
		Set<String> codes = new HashSet<>();
		Set<String> topLevel = new HashSet<>();
		for (GoalDefinition definition : definitions) {
			if (definition.code().isEmpty() || definition.code().length() > 8 || !codes.add(definition.code())) {
				throw new IllegalArgumentException("Each goal needs a code of its own: " + definition.code());
			}
			if (definition.title().en().isEmpty()) {
				throw new IllegalArgumentException("Each goal needs its English title: " + definition.code());
			}
			if (definition.isSubGoal() && !topLevel.contains(definition.parentCode())) {
				throw new IllegalArgumentException("A sub-goal comes after the goal it belongs to: " + definition.code());
			}
			if (!definition.isSubGoal()) {
				topLevel.add(definition.code());
			}
		}
	}

	private boolean sameStructure(List<GoalDefinition> definitions) {
		List<GoalDefinition> current = goalDefinitions();
		if (current.size() != definitions.size()) {
			return false;
		}
		for (int i = 0; i < current.size(); i++) {
			if (!current.get(i).code().equals(definitions.get(i).code())
					|| !Objects.equals(current.get(i).parentCode(), definitions.get(i).parentCode())) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameRules(EligibilityCriteria a, EligibilityCriteria b) {
		return a.minIndependentFlemishEnterprises() == b.minIndependentFlemishEnterprises()
				&& a.minRtos() == b.minRtos() && a.enterpriseMustCoordinate() == b.enterpriseMustCoordinate()
				&& a.universityRequiredWithStrategicResearchCentre() == b.universityRequiredWithStrategicResearchCentre()
				&& sameAmount(a.maxResearchBudgetShare(), b.maxResearchBudgetShare())
				&& sameAmount(a.minEnterpriseBudgetEur(), b.minEnterpriseBudgetEur())
				&& sameAmount(a.maxEnterpriseBudgetEur(), b.maxEnterpriseBudgetEur());
	}

	private static boolean sameAmount(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static CallChangeRefusedException refused(String code, String message) {
		return new CallChangeRefusedException(code, message);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	/** The English title. */
	public String getTitle() {
		return title;
	}

	public String getTitle(Locale locale) {
		return getBilingualTitle().in(locale);
	}

	public Bilingual getBilingualTitle() {
		return new Bilingual(title, titleNl);
	}

	/** The English description. */
	public String getDescription() {
		return description;
	}

	public String getDescription(Locale locale) {
		return getBilingualDescription().in(locale);
	}

	public Bilingual getBilingualDescription() {
		return new Bilingual(description, descriptionNl);
	}

	public CallStatus getStatus() {
		return status;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getDeadline() {
		return deadline;
	}

	public BigDecimal getBudgetEur() {
		return budgetEur;
	}

	public EligibilityCriteria getEligibility() {
		return eligibility;
	}

	public EvaluationDefaults getEvaluationDefaults() {
		return evaluationDefaults;
	}

	public int getAbstractMaxLength() {
		return abstractMaxLength;
	}

	/** All goals, top-level and sub-goals, in their order. */
	public List<CallGoal> getGoals() {
		return Collections.unmodifiableList(goals);
	}

	/** The top-level goals, in their order. */
	public List<CallGoal> getTopLevelGoals() {
		return goals.stream().filter(goal -> goal.getParent() == null).toList();
	}

	/** The sub-goals of one goal, in their order. */
	public List<CallGoal> getSubGoals(CallGoal goal) {
		return goals.stream().filter(candidate -> candidate.isSubGoalOf(goal)).toList();
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getEvaluationStartedAt() {
		return evaluationStartedAt;
	}

	public Instant getAssignmentReleasedAt() {
		return assignmentReleasedAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	/** When the reviews are due; {@code null} until staff set it. */
	public Instant getReviewDeadline() {
		return reviewDeadline;
	}

	public long getVersion() {
		return version;
	}
}
