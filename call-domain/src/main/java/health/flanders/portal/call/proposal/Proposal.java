package health.flanders.portal.call.proposal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.OptimisticLock;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.eligibility.EligibilityRule;
import health.flanders.portal.call.organisation.Organisation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A proposal to a call, written by a consortium. The applicants listed on it are the only people outside staff who may
 * see it; everyone else is told it does not exist.
 */
@Entity
@Table(name = "proposals")
public class Proposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "call_id")
	private Call call;

	/** Given at the first submission, e.g. {@code ICON-PM-2026-0042}. */
	private String reference;

	@Column(nullable = false, length = 30)
	private String acronym;

	@Column(nullable = false)
	private String title = "";

	@Column(name = "abstract", nullable = false)
	private String abstractText = "";

	/** An ICD-10 chapter, e.g. {@code II} for neoplasms. */
	@Column(name = "disease_area")
	private String diseaseArea;

	@Column(name = "medical_need", nullable = false)
	private String medicalNeed = "";

	@Column(name = "economic_impact", nullable = false)
	private String economicImpact = "";

	@Column(name = "societal_impact", nullable = false)
	private String societalImpact = "";

	@Column(name = "duration_months")
	private Integer durationMonths;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalStatus status = ProposalStatus.DRAFT;

	/** The lead applicant: the one who started it, or the one it was handed over to when the lead left. */
	@Column(name = "created_by", nullable = false)
	private Long createdBy;

	@ManyToMany
	@JoinTable(name = "proposal_goals", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "goal_id"))
	private Set<CallGoal> goals = new LinkedHashSet<>();

	/** Members change one row at a time; they do not make a co-applicant's open copy of the text stale. */
	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	@OptimisticLock(excluded = true)
	private List<ConsortiumMember> members = new ArrayList<>();

	@ElementCollection
	@OptimisticLock(excluded = true)
	@CollectionTable(name = "proposal_applicants", joinColumns = @JoinColumn(name = "proposal_id"))
	@Column(name = "user_id", nullable = false)
	private Set<Long> applicantIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Proposal() {
	}

	/** Starts a draft; the applicant who starts it may edit it. */
	public Proposal(Call call, String acronym, long applicantId, Clock clock) {
		this.call = call;
		this.acronym = acronym.strip();
		this.createdBy = applicantId;
		this.applicantIds.add(applicantId);
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/** The longest abstract any proposal may have, in characters; its call may allow fewer. */
	public static final int ABSTRACT_LIMIT = 4000;

	public void describe(String title, String abstractText, String diseaseArea, String medicalNeed,
			String economicImpact, String societalImpact, Integer durationMonths, Clock clock) {
		requireDraft();
		if (abstractText.length() > call.getAbstractMaxLength()) {
			throw new IllegalArgumentException("An abstract has at most " + call.getAbstractMaxLength() + " characters");
		}
		this.title = title;
		this.abstractText = abstractText;
		this.diseaseArea = diseaseArea;
		this.medicalNeed = medicalNeed;
		this.economicImpact = economicImpact;
		this.societalImpact = societalImpact;
		this.durationMonths = durationMonths;
		this.updatedAt = clock.instant();
	}

	public void rename(String acronym) {
		requireDraft();
		if (acronym.isBlank()) {
			throw new IllegalArgumentException("A proposal needs an acronym");
		}
		this.acronym = acronym.strip();
	}

	/** Addresses exactly these goals of this proposal's own call. */
	public void addressGoals(Set<CallGoal> goals) {
		requireDraft();
		this.goals.clear();
		goals.forEach(this::addressGoal);
	}

	/** Addresses a goal of this proposal's own call. */
	public void addressGoal(CallGoal goal) {
		requireDraft();
		if (!call.getGoals().contains(goal)) {
			throw new IllegalArgumentException("Goal " + goal.getCode() + " belongs to another call");
		}
		goals.add(goal);
	}

	/** Adds an organisation; a coordinator takes over from the one before, who becomes a partner. */
	public ConsortiumMember addMember(Organisation organisation, MemberRole role, BigDecimal requestedBudgetEur) {
		requireDraft();
		if (members.stream().anyMatch(member -> member.getOrganisation().equals(organisation))) {
			throw new IllegalArgumentException(organisation.getName() + " is already in the consortium");
		}
		if (role == MemberRole.COORDINATOR) {
			members.forEach(member -> member.changeRole(MemberRole.PARTNER));
		}
		ConsortiumMember member = new ConsortiumMember(this, organisation, role, requestedBudgetEur);
		members.add(member);
		return member;
	}

	public void removeMember(long memberId) {
		requireDraft();
		members.removeIf(member -> member.getId() == memberId);
	}

	/** Makes this member the coordinator; the one before becomes a partner. */
	public void makeCoordinator(long memberId) {
		requireDraft();
		ConsortiumMember coordinator = member(memberId);
		members.forEach(member -> member.changeRole(MemberRole.PARTNER));
		coordinator.changeRole(MemberRole.COORDINATOR);
	}

	public void requestBudget(long memberId, BigDecimal requestedBudgetEur) {
		requireDraft();
		member(memberId).requestBudget(requestedBudgetEur);
	}

	private ConsortiumMember member(long memberId) {
		return members.stream()
			.filter(member -> member.getId() == memberId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No member " + memberId + " in " + acronym));
	}

	/** Marks the change of this draft, so that a co-applicant's later save of an older copy is refused. */
	public void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	/**
	 * Submits the draft at this instant. The caller has checked completeness, eligibility and the deadline; the
	 * reference is given at the first submission and kept after that.
	 */
	public void submit(String reference, Clock clock) {
		requireDraft();
		if (this.reference == null) {
			this.reference = reference;
			this.firstSubmittedAt = clock.instant();
		}
		this.status = ProposalStatus.SUBMITTED;
		this.updatedAt = clock.instant();
	}

	/** Makes a submitted proposal editable again; the version submitted last keeps counting until the next one. */
	public void reopen(Clock clock) {
		if (status != ProposalStatus.SUBMITTED) {
			throw new IllegalStateException("Only a submitted proposal can be reopened, " + acronym + " is " + status);
		}
		this.status = ProposalStatus.DRAFT;
		this.updatedAt = clock.instant();
	}

	/** Withdraws a proposal that was submitted at least once; it then takes no part in the evaluation. */
	public void withdraw(Clock clock) {
		if (reference == null || status == ProposalStatus.WITHDRAWN || !isOpenForApplicants()) {
			throw new IllegalStateException("Proposal " + acronym + " cannot be withdrawn now, it is " + status);
		}
		this.status = ProposalStatus.WITHDRAWN;
		this.withdrawnAt = clock.instant();
		this.updatedAt = this.withdrawnAt;
	}

	/**
	 * An applicant leaves the proposal (their account is closed). When they led it, the lead passes to the applicant on
	 * it the longest after them (the lowest id, as ids come in order), who gets the deadline reminders.
	 * @throws IllegalStateException when nobody else is on it: a proposal is never left without applicants
	 */
	public void leave(long applicantId) {
		Long next = applicantIds.stream().filter(other -> other != applicantId).sorted().findFirst()
			.orElseThrow(() -> new IllegalStateException("Nobody else is on " + acronym));
		applicantIds.remove(applicantId);
		if (createdBy == applicantId) {
			createdBy = next;
		}
	}

	/**
	 * The only applicant leaves the proposal (their account is closed) and hands it to a co-applicant they invited who
	 * has an account: that person becomes an applicant, and the lead when the one leaving led it.
	 */
	public void handOver(long leavingId, long successorId) {
		applicantIds.add(successorId);
		leave(leavingId);
		if (createdBy != successorId && !applicantIds.contains(createdBy)) {
			createdBy = successorId;
		}
	}

	/**
	 * Withdraws a draft that was never submitted, when its only applicant closes their account: nobody can go on with
	 * it, and it takes no part in any evaluation.
	 * @throws IllegalStateException when it was ever submitted or is no draft
	 */
	public void abandon(Clock clock) {
		if (status != ProposalStatus.DRAFT || reference != null) {
			throw new IllegalStateException("Only a draft never submitted is abandoned, " + acronym + " is " + status);
		}
		this.status = ProposalStatus.WITHDRAWN;
		this.withdrawnAt = clock.instant();
		this.updatedAt = this.withdrawnAt;
	}

	/**
	 * Takes a proposal that was reopened and not submitted again by the deadline back to the version submitted last,
	 * which is the one evaluated: its texts, goals and consortium as submitted, and submitted again.
	 * @throws IllegalStateException unless it is a draft that was submitted before, on a call whose deadline passed
	 */
	public void returnToSubmitted(SubmittedContent content, Clock clock) {
		if (status != ProposalStatus.DRAFT || reference == null || call.acceptsSubmissionsAt(clock.instant())) {
			throw new IllegalStateException("Only a reopened proposal past its deadline returns to its submitted version, "
					+ acronym + " is " + status);
		}
		this.acronym = content.acronym();
		this.title = content.title();
		this.abstractText = content.abstractText();
		this.diseaseArea = content.diseaseArea();
		this.medicalNeed = content.medicalNeed();
		this.economicImpact = content.economicImpact();
		this.societalImpact = content.societalImpact();
		this.durationMonths = content.durationMonths();
		this.goals.clear();
		call.getGoals().stream().filter(goal -> content.goalCodes().contains(goal.getCode())).forEach(goals::add);
		members.removeIf(member -> content.members().stream()
			.noneMatch(kept -> same(kept.organisation(), member.getOrganisation())));
		for (SubmittedContent.Member submitted : content.members()) {
			members.stream()
				.filter(member -> same(member.getOrganisation(), submitted.organisation()))
				.findFirst()
				.ifPresentOrElse(member -> {
					member.changeRole(submitted.role());
					member.requestBudget(submitted.requestedBudgetEur());
				}, () -> members.add(new ConsortiumMember(this, submitted.organisation(), submitted.role(),
						submitted.requestedBudgetEur())));
		}
		this.status = ProposalStatus.SUBMITTED;
		this.updatedAt = clock.instant();
	}

	private static boolean same(Organisation one, Organisation other) {
		return one == other || one.getId() != null && one.getId().equals(other.getId());
	}

	/**
	 * A submitted proposal goes into its call's evaluation; its applicants can no longer change or withdraw it.
	 * @throws IllegalStateException unless it is submitted and its call's evaluation has started
	 */
	public void enterEvaluation(Clock clock) {
		if (status != ProposalStatus.SUBMITTED || call.getStatus() != CallStatus.IN_EVALUATION) {
			throw new IllegalStateException("Only a submitted proposal of a call in evaluation can be evaluated, "
					+ acronym + " is " + status);
		}
		this.status = ProposalStatus.IN_EVALUATION;
		this.updatedAt = clock.instant();
	}

	/**
	 * The funding decision funds the proposal.
	 * @throws IllegalStateException unless it is in evaluation
	 */
	public void fund(Clock clock) {
		decide(ProposalStatus.FUNDED, clock);
	}

	/**
	 * The funding decision does not fund the proposal: below the funding line, under a threshold or dropped out.
	 * @throws IllegalStateException unless it is in evaluation
	 */
	public void notFund(Clock clock) {
		decide(ProposalStatus.NOT_FUNDED, clock);
	}

	private void decide(ProposalStatus outcome, Clock clock) {
		if (status != ProposalStatus.IN_EVALUATION) {
			throw new IllegalStateException("Only a proposal in evaluation can be decided on, " + acronym + " is " + status);
		}
		this.status = outcome;
		this.updatedAt = clock.instant();
	}

	/** Draft or submitted: the applicants still act on it; after that the evaluation has it. */
	public boolean isOpenForApplicants() {
		return status == ProposalStatus.DRAFT || status == ProposalStatus.SUBMITTED;
	}

	/** Whether a version of this proposal has been submitted (it may since have been reopened). */
	public boolean hasBeenSubmitted() {
		return reference != null;
	}

	/** Whether this person is one of the proposal's applicants. */
	public boolean isEditableBy(long userId) {
		return applicantIds.contains(userId);
	}

	/** Checks the consortium against the eligibility settings of the call. */
	public EligibilityResult checkEligibility() {
		return EligibilityRule.check(call.getEligibility(), members.stream().map(ConsortiumMember::toCandidate).toList());
	}

	private void requireDraft() {
		if (status != ProposalStatus.DRAFT) {
			throw new IllegalStateException("Proposal " + acronym + " is " + status + " and cannot be changed");
		}
	}

	public Long getId() {
		return id;
	}

	public Call getCall() {
		return call;
	}

	public String getReference() {
		return reference;
	}

	public String getAcronym() {
		return acronym;
	}

	public String getTitle() {
		return title;
	}

	public String getAbstractText() {
		return abstractText;
	}

	public String getDiseaseArea() {
		return diseaseArea;
	}

	public String getMedicalNeed() {
		return medicalNeed;
	}

	public String getEconomicImpact() {
		return economicImpact;
	}

	public String getSocietalImpact() {
		return societalImpact;
	}

	public Integer getDurationMonths() {
		return durationMonths;
	}

	public ProposalStatus getStatus() {
		return status;
	}

	public Set<CallGoal> getGoals() {
		return Collections.unmodifiableSet(goals);
	}

	public List<ConsortiumMember> getMembers() {
		return Collections.unmodifiableList(members);
	}

	public Set<Long> getApplicantIds() {
		return Collections.unmodifiableSet(applicantIds);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getFirstSubmittedAt() {
		return firstSubmittedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
