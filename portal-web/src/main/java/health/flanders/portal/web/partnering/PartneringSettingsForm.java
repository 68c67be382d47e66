package health.flanders.portal.web.partnering;

import java.time.LocalDateTime;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The partnering settings of a session as an admin types them; the window in Brussels times of the session's day, the
 * automatic closing of the requests a Brussels date and time (empty: they close only by hand).
 */
public class PartneringSettingsForm {

	private boolean enabled;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime windowStart;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime windowEnd;

	@NotNull
	private Integer meetingMinutes = 20;

	@NotNull
	@Min(1)
	@Max(1000)
	private Integer tables = 10;

	@NotNull
	@Min(1)
	@Max(100)
	private Integer requestLimit = 10;

	@Size(max = 400)
	@Pattern(regexp = "|https://\\S+", message = "{partnering.admin.videoLinkBase.https}")
	private String videoLinkBase = "";

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime requestsCloseAt;

	private long version;

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public LocalTime getWindowStart() {
		return windowStart;
	}

	public void setWindowStart(LocalTime windowStart) {
		this.windowStart = windowStart;
	}

	public LocalTime getWindowEnd() {
		return windowEnd;
	}

	public void setWindowEnd(LocalTime windowEnd) {
		this.windowEnd = windowEnd;
	}

	public Integer getMeetingMinutes() {
		return meetingMinutes;
	}

	public void setMeetingMinutes(Integer meetingMinutes) {
		this.meetingMinutes = meetingMinutes;
	}

	public Integer getTables() {
		return tables;
	}

	public void setTables(Integer tables) {
		this.tables = tables;
	}

	public Integer getRequestLimit() {
		return requestLimit;
	}

	public void setRequestLimit(Integer requestLimit) {
		this.requestLimit = requestLimit;
	}

	public String getVideoLinkBase() {
		return videoLinkBase;
	}

	public void setVideoLinkBase(String videoLinkBase) {
		this.videoLinkBase = videoLinkBase;
	}

	public LocalDateTime getRequestsCloseAt() {
		return requestsCloseAt;
	}

	public void setRequestsCloseAt(LocalDateTime requestsCloseAt) {
		this.requestsCloseAt = requestsCloseAt;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
