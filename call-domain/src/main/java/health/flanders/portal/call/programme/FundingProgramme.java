package health.flanders.portal.call.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A regional (or national) funding programme for personalised medicine, in the cluster's best-practice overview.
 * Anyone may suggest one; it shows publicly only once staff have published it.
 */
@Entity
@Table(name = "funding_programmes")
public class FundingProgramme {

	/** The day a programme was last checked is the day in Flanders. */
	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String region;

	/** ISO 3166-1 alpha-2, upper case. */
	@Column(nullable = false, length = 2)
	private String country;

	@Column(nullable = false)
	private String programme;

	@Column(nullable = false)
	private String funder;

	/** {@code null} when the funder does not publish it. */
	@Column(name = "yearly_budget_eur")
	private BigDecimal yearlyBudgetEur;

	@Column(nullable = false)
	private String link;

	@Column(nullable = false)
	private String description;

	@Column(name = "last_checked_on")
	private LocalDate lastCheckedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeStatus status;

	/** The e-mail address of whoever suggested it. */
	@Column(name = "suggested_by")
	private String suggestedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	/** The e-mail address of the staff member who published or declined it. */
	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Version
	private long version;

	protected FundingProgramme() {
	}

	/** A suggestion from this e-mail address, waiting for staff to review it. */
	public FundingProgramme(ProgrammeDetails details, String suggestedBy, Clock clock) {
		if (suggestedBy == null || suggestedBy.isBlank()) {
			throw new IllegalArgumentException("A suggestion says who made it");
		}
		this.region = details.region();
		this.country = details.country();
		this.programme = details.programme();
		this.funder = details.funder();
		this.yearlyBudgetEur = details.yearlyBudgetEur();
		this.link = details.link();
		this.description = details.description();
		this.suggestedBy = suggestedBy.strip();
		this.status = ProgrammeStatus.SUGGESTED;
		this.createdAt = clock.instant();
	}

	/**
	 * Publishes the suggestion: staff checked it today.
	 * @throws IllegalStateException when it was reviewed already
	 */
	public void publish(String reviewer, Clock clock) {
		review(ProgrammeStatus.PUBLISHED, reviewer, clock);
		this.lastCheckedOn = LocalDate.ofInstant(reviewedAt, BRUSSELS);
	}

	/**
	 * Declines the suggestion: it never shows publicly.
	 * @throws IllegalStateException when it was reviewed already
	 */
	public void decline(String reviewer, Clock clock) {
		review(ProgrammeStatus.DECLINED, reviewer, clock);
	}

	private void review(ProgrammeStatus outcome, String reviewer, Clock clock) {
		if (status != ProgrammeStatus.SUGGESTED) {
			throw new IllegalStateException("Funding programme " + id + " was reviewed already: " + status);
		}
		this.status = outcome;
		this.reviewedAt = clock.instant();
		this.reviewedBy = reviewer;
	}

	public Long getId() {
		return id;
	}

	public String getRegion() {
		return region;
	}

	public String getCountry() {
		return country;
	}

	public String getProgramme() {
		return programme;
	}

	public String getFunder() {
		return funder;
	}

	public BigDecimal getYearlyBudgetEur() {
		return yearlyBudgetEur;
	}

	public String getLink() {
		return link;
	}

	public String getDescription() {
		return description;
	}

	public LocalDate getLastCheckedOn() {
		return lastCheckedOn;
	}

	public ProgrammeStatus getStatus() {
		return status;
	}

	public String getSuggestedBy() {
		return suggestedBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public long getVersion() {
		return version;
	}
}
