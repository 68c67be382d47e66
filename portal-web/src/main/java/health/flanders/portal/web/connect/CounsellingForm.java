package health.flanders.portal.web.connect;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import health.flanders.portal.web.connect.CounsellingLog.Kind;
import health.flanders.portal.web.connect.CounsellingLog.Track;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An entry of the counselling log as staff type it. */
public class CounsellingForm {

	@NotNull
	private Track track = Track.CARRY;

	@NotNull
	private Kind kind = Kind.MEETING;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate happenedOn;

	@NotBlank
	@Size(max = 4000)
	private String summary = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepOn;

	/** A next step's date lies on or after the day of the entry. */
	boolean nextStepBeforeEntry() {
		return nextStepOn != null && happenedOn != null && nextStepOn.isBefore(happenedOn);
	}

	public Track getTrack() {
		return track;
	}

	public void setTrack(Track track) {
		this.track = track;
	}

	public Kind getKind() {
		return kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public void setHappenedOn(LocalDate happenedOn) {
		this.happenedOn = happenedOn;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getNextStepOn() {
		return nextStepOn;
	}

	public void setNextStepOn(LocalDate nextStepOn) {
		this.nextStepOn = nextStepOn;
	}
}
