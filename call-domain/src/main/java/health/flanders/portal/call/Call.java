package health.flanders.portal.call;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

/** A call for proposals: what it funds, when it takes proposals, and which consortia are eligible. */
@Entity
@Table(name = "calls")
public class Call {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** Short code used in proposal references, e.g. {@code ICON-PM}. */
	@Column(nullable = false, length = 20)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

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

	@OneToMany(mappedBy = "call", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CallGoal> goals = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Call() {
	}

	public Call(String code, String title, String description, Instant opensAt, Instant deadline, BigDecimal budgetEur,
			EligibilityCriteria eligibility, Clock clock) {
		if (!deadline.isAfter(opensAt)) {
			throw new IllegalArgumentException("The deadline must come after the opening");
		}
		if (budgetEur.signum() <= 0) {
			throw new IllegalArgumentException("The budget must be positive");
		}
		this.code = code;
		this.title = title;
		this.description = description;
		this.opensAt = opensAt;
		this.deadline = deadline;
		this.budgetEur = budgetEur;
		this.eligibility = eligibility;
		this.status = CallStatus.DRAFT;
		this.createdAt = clock.instant();
	}

	/** Adds a goal, or a sub-goal when {@code parent} is given, after the goals already there. */
	public CallGoal addGoal(String code, String title, CallGoal parent) {
		CallGoal goal = new CallGoal(this, parent, code, title, goals.size());
		goals.add(goal);
		return goal;
	}

	public void open() {
		if (status != CallStatus.DRAFT) {
			throw new IllegalStateException("Only a draft call can be opened, this one is " + status);
		}
		status = CallStatus.OPEN;
	}

	/** Whether a proposal can be submitted at this instant: the call is open and its deadline not yet passed. */
	public boolean acceptsSubmissionsAt(Instant instant) {
		return acceptsSubmissions(status, opensAt, deadline, instant);
	}

	/** The same rule for a call read as columns, without the entity. */
	public static boolean acceptsSubmissions(CallStatus status, Instant opensAt, Instant deadline, Instant instant) {
		return status == CallStatus.OPEN && !instant.isBefore(opensAt) && instant.isBefore(deadline);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
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

	public long getVersion() {
		return version;
	}
}
