package health.flanders.portal.call.proposal;

import java.math.BigDecimal;

import health.flanders.portal.call.eligibility.ConsortiumCandidate;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An organisation in the consortium of a proposal, with its role and the budget it requests. */
@Entity
@Table(name = "consortium_members")
public class ConsortiumMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id")
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MemberRole role;

	@Column(name = "requested_budget_eur", precision = 14, scale = 2)
	private BigDecimal requestedBudgetEur;

	protected ConsortiumMember() {
	}

	ConsortiumMember(Proposal proposal, Organisation organisation, MemberRole role, BigDecimal requestedBudgetEur) {
		if (requestedBudgetEur != null && requestedBudgetEur.signum() < 0) {
			throw new IllegalArgumentException("A requested budget cannot be negative");
		}
		this.proposal = proposal;
		this.organisation = organisation;
		this.role = role;
		this.requestedBudgetEur = requestedBudgetEur;
	}

	/** What the eligibility rule needs to know of this member. */
	ConsortiumCandidate toCandidate() {
		EnterpriseNumber number = organisation.getEnterpriseNumber();
		return new ConsortiumCandidate(organisation.getName(), organisation.getType(), organisation.getResearchKind(),
				organisation.getCorporateGroup() == null ? null : organisation.getCorporateGroup().getId(),
				organisation.getCorporateGroup() == null ? null : organisation.getCorporateGroup().getName(),
				organisation.getCountry(), organisation.getPostalCode(),
				number == null ? null : number.digits(), role == MemberRole.COORDINATOR, requestedBudgetEur);
	}

	void requestBudget(BigDecimal requestedBudgetEur) {
		if (requestedBudgetEur != null && requestedBudgetEur.signum() < 0) {
			throw new IllegalArgumentException("A requested budget cannot be negative");
		}
		this.requestedBudgetEur = requestedBudgetEur;
	}

	void changeRole(MemberRole role) {
		this.role = role;
	}

	public Long getId() {
		return id;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public MemberRole getRole() {
		return role;
	}

	public boolean isCoordinator() {
		return role == MemberRole.COORDINATOR;
	}

	public BigDecimal getRequestedBudgetEur() {
		return requestedBudgetEur;
	}
}
