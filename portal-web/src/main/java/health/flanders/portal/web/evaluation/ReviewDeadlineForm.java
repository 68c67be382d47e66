package health.flanders.portal.web.evaluation;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review deadline as staff type it: a Brussels date and time. Serializable, because a form with errors goes back to
 * the evaluation page as a flash attribute, which the session store writes.
 */
public class ReviewDeadlineForm implements Serializable {

	private static final long serialVersionUID = 1L;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime reviewDeadline;

	public ReviewDeadlineForm() {
	}

	ReviewDeadlineForm(LocalDateTime reviewDeadline) {
		this.reviewDeadline = reviewDeadline;
	}

	public LocalDateTime getReviewDeadline() {
		return reviewDeadline;
	}

	public void setReviewDeadline(LocalDateTime reviewDeadline) {
		this.reviewDeadline = reviewDeadline;
	}
}
