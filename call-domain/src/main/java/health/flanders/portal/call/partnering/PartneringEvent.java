package health.flanders.portal.call.partnering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The partnering settings of one information session: whether it is on, its window, the length of a meeting, the
 * tables in the room, how many requests each participant may send, for online and hybrid sessions the base of each
 * meeting's video link, and when its requests close by themselves (if they do). Its id is the session's.
 */
@Entity
@Table(name = "partnering_events")
public class PartneringEvent {

	@Id
	@Column(name = "session_id")
	private Long sessionId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "window_starts_at", nullable = false)
	private Instant windowStartsAt;

	@Column(name = "window_ends_at", nullable = false)
	private Instant windowEndsAt;

	@Column(name = "meeting_minutes", nullable = false)
	private int meetingMinutes;

	@Column(name = "table_count", nullable = false)
	private int tableCount;

	@Column(name = "request_limit", nullable = false)
	private int requestLimit;

	@Column(name = "video_link_base")
	private String videoLinkBase;

	@Column(name = "requests_closed_at")
	private Instant requestsClosedAt;

	/** When the requests close by themselves and the meetings are scheduled; null when only an admin closes them. */
	@Column(name = "requests_close_at")
	private Instant requestsCloseAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PartneringEvent() {
	}

	public PartneringEvent(long sessionId, Clock clock) {
		this.sessionId = sessionId;
		this.createdAt = clock.instant();
		this.updatedAt = createdAt;
	}

	/**
	 * Sets what an admin sets. The caller has checked the fields against the session (the window inside its day).
	 * @throws IllegalArgumentException when the settings do not hold together
	 */
	public void configure(boolean enabled, Instant windowStartsAt, Instant windowEndsAt, int meetingMinutes,
			int tableCount, int requestLimit, String videoLinkBase, Clock clock) {
		if (meetingMinutes != 15 && meetingMinutes != 20) {
			throw new IllegalArgumentException("A meeting lasts 15 or 20 minutes");
		}
		if (windowStartsAt.plus(Duration.ofMinutes(meetingMinutes)).isAfter(windowEndsAt)) {
			throw new IllegalArgumentException("The window holds at least one meeting");
		}
		if (tableCount < 1 || requestLimit < 1) {
			throw new IllegalArgumentException("At least one table and one request");
		}
		this.enabled = enabled;
		this.windowStartsAt = windowStartsAt;
		this.windowEndsAt = windowEndsAt;
		this.meetingMinutes = meetingMinutes;
		this.tableCount = tableCount;
		this.requestLimit = requestLimit;
		this.videoLinkBase = videoLinkBase == null || videoLinkBase.isBlank() ? null : videoLinkBase.strip();
		this.updatedAt = clock.instant();
	}

	/**
	 * Sets when the requests close by themselves, or null for only by hand. The caller has checked that a new instant
	 * is still to come.
	 * @throws IllegalArgumentException when it is not before the window starts
	 */
	public void closeRequestsAt(Instant closeAt, Clock clock) {
		if (closeAt != null && !closeAt.isBefore(windowStartsAt)) {
			throw new IllegalArgumentException("The requests close before the meetings begin");
		}
		this.requestsCloseAt = closeAt;
		this.updatedAt = clock.instant();
	}

	/**
	 * Whether participants may still send and answer requests: on, not closed, neither the automatic closing nor the
	 * window begun.
	 */
	public boolean takesRequests(Instant now) {
		return enabled && requestsClosedAt == null && now.isBefore(windowStartsAt)
				&& (requestsCloseAt == null || now.isBefore(requestsCloseAt));
	}

	/** Whether the requests are to close by themselves now: on, still open, and their closing instant come. */
	public boolean closesAutomaticallyBy(Instant now) {
		return enabled && requestsClosedAt == null && requestsCloseAt != null && !now.isBefore(requestsCloseAt);
	}

	/** Closes the requests so that the accepted meetings can be scheduled; closing twice changes nothing. */
	public void closeRequests(Clock clock) {
		if (requestsClosedAt == null) {
			requestsClosedAt = clock.instant();
		}
	}

	/** When a slot of the schedule begins (slot 0 at the window's start). */
	public Instant slotStart(int slot) {
		return windowStartsAt.plus(Duration.ofMinutes((long) slot * meetingMinutes));
	}

	/** When a slot of the schedule ends. */
	public Instant slotEnd(int slot) {
		return slotStart(slot + 1);
	}

	/** The link of one meeting's video call: the base followed by the meeting's number; null in a room. */
	public String videoLink(long meetingId) {
		return videoLinkBase == null ? null : videoLinkBase + meetingId;
	}

	/** Whether this period lies inside the window. */
	public boolean contains(Instant from, Instant until) {
		return !from.isBefore(windowStartsAt) && !until.isAfter(windowEndsAt) && from.isBefore(until);
	}

	/** How many meetings follow each other in the window. */
	public int slots() {
		return (int) (Duration.between(windowStartsAt, windowEndsAt).toMinutes() / meetingMinutes);
	}

	public Long getSessionId() {
		return sessionId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant getWindowStartsAt() {
		return windowStartsAt;
	}

	public Instant getWindowEndsAt() {
		return windowEndsAt;
	}

	public int getMeetingMinutes() {
		return meetingMinutes;
	}

	public int getTableCount() {
		return tableCount;
	}

	public int getRequestLimit() {
		return requestLimit;
	}

	public String getVideoLinkBase() {
		return videoLinkBase;
	}

	public Instant getRequestsClosedAt() {
		return requestsClosedAt;
	}

	public Instant getRequestsCloseAt() {
		return requestsCloseAt;
	}

	public long getVersion() {
		return version;
	}
}
