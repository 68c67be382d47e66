package health.flanders.portal.call.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reviewer's review of one proposal: a score and a comment per criterion (by the criterion's id). It is a draft
 * the reviewer saves as often as they like, until they submit it, which locks it. Each change names the version the
 * reviewer loaded, so that a page saved from a second window, loaded before the first saved, is refused rather than
 * overwriting what the first saved.
 */
@Entity
@Table(name = "reviews")
public class Review {

	/** The version a reviewer has seen of a review not saved yet. */
	public static final long UNSAVED = -1;

	/** Where a review is in its life. */
	public enum Status {
		DRAFT, SUBMITTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "proposal_id", nullable = false, updatable = false)
	private long proposalId;

	@Column(name = "reviewer_id", nullable = false, updatable = false)
	private long reviewerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "review_scores", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyColumn(name = "criterion_id")
	private Map<Long, ReviewScore> scores = new LinkedHashMap<>();

	protected Review() {
	}

	/** A new, empty review of the reviewer's assigned proposal. */
	public Review(long proposalId, long reviewerId, Clock clock) {
		this.proposalId = proposalId;
		this.reviewerId = reviewerId;
		this.updatedAt = clock.instant();
	}

	/**
	 * Why the reviewer cannot change the review from a page that showed this version, if they cannot.
	 * @return the message code, "review.submitted.already" or "review.stale", or null when they can
	 */
	public String refusalToChange(long seenVersion) {
		if (status == Status.SUBMITTED) {
			return "review.submitted.already";
		}
		if (seenVersion != version()) {
			return "review.stale";
		}
		return null;
	}

	/**
	 * Keeps the scores as a draft, each criterion given replacing what was kept for it.
	 * @param seenVersion the version the reviewer's page showed ({@link #UNSAVED} for none)
	 * @throws EvaluationRefusedException when submitted already, or changed since that version
	 */
	public void saveDraft(long seenVersion, Map<Long, ReviewScore> given, Clock clock) {
		requireChangeable(seenVersion);
		scores.putAll(given);
		updatedAt = clock.instant();
	}

	/**
	 * Keeps the scores and submits the review, which locks it.
	 * @throws EvaluationRefusedException when submitted already, changed since that version, or when a criterion is
	 * not scored and explained
	 */
	public void submit(long seenVersion, Map<Long, ReviewScore> given, Clock clock) {
		requireChangeable(seenVersion);
		Map<Long, ReviewScore> all = new LinkedHashMap<>(scores);
		all.putAll(given);
		if (all.isEmpty() || !all.values().stream().allMatch(ReviewScore::complete)) {
			throw new EvaluationRefusedException("review.incomplete");
		}
		scores.putAll(given);
		status = Status.SUBMITTED;
		updatedAt = clock.instant();
		submittedAt = updatedAt;
	}

	private void requireChangeable(long seenVersion) {
		String refusal = refusalToChange(seenVersion);
		if (refusal != null) {
			throw new EvaluationRefusedException(refusal);
		}
	}

	/** The version a page shows and sends back: {@link #UNSAVED} until the review is first saved. */
	public long version() {
		return version == null ? UNSAVED : version;
	}

	public boolean isSubmitted() {
		return status == Status.SUBMITTED;
	}

	public Long getId() {
		return id;
	}

	public long getProposalId() {
		return proposalId;
	}

	public long getReviewerId() {
		return reviewerId;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	/** The scores by criterion id; a criterion not given yet is absent. */
	public Map<Long, ReviewScore> getScores() {
		return Collections.unmodifiableMap(scores);
	}
}
