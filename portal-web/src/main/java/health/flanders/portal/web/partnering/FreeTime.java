package health.flanders.portal.web.partnering;

import java.time.LocalTime;

import org.springframework.format.annotation.DateTimeFormat;

/** One period a participant is free, as typed in the profile form (Brussels times of the window's day). */
public class FreeTime {

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime from;

	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime until;

	public FreeTime() {
	}

	FreeTime(LocalTime from, LocalTime until) {
		this.from = from;
		this.until = until;
	}

	/** Neither time typed: a spare row of the form, left out. */
	boolean isBlank() {
		return from == null && until == null;
	}

	public LocalTime getFrom() {
		return from;
	}

	public void setFrom(LocalTime from) {
		this.from = from;
	}

	public LocalTime getUntil() {
		return until;
	}

	public void setUntil(LocalTime until) {
		this.until = until;
	}
}
