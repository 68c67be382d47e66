package health.flanders.portal.call.partnering;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An accepted request as the schedule has it: at a slot (0 at the window's start) and a table (from 1), or not placed,
 * with the reason (the scheduler's own word, such as {@code NO_COMMON_TIME}).
 */
@Entity
@Table(name = "partnering_meetings")
public class ScheduledMeeting {

	@Id
	@Column(name = "request_id")
	private Long requestId;

	@Column(name = "session_id", nullable = false, updatable = false)
	private Long sessionId;

	private Integer slot;

	@Column(name = "table_number")
	private Integer tableNumber;

	@Column(name = "unplaced_reason")
	private String unplacedReason;

	@Column(name = "scheduled_at", nullable = false)
	private Instant scheduledAt;

	@Version
	private long version;

	protected ScheduledMeeting() {
	}

	private ScheduledMeeting(long requestId, long sessionId, Integer slot, Integer tableNumber, String unplacedReason,
			Clock clock) {
		this.requestId = requestId;
		this.sessionId = sessionId;
		this.slot = slot;
		this.tableNumber = tableNumber;
		this.unplacedReason = unplacedReason;
		this.scheduledAt = clock.instant();
	}

	public static ScheduledMeeting placed(long requestId, long sessionId, int slot, int tableNumber, Clock clock) {
		if (slot < 0 || tableNumber < 1) {
			throw new IllegalArgumentException("Slots count from 0, tables from 1");
		}
		return new ScheduledMeeting(requestId, sessionId, slot, tableNumber, null, clock);
	}

	public static ScheduledMeeting unplaced(long requestId, long sessionId, String reason, Clock clock) {
		return new ScheduledMeeting(requestId, sessionId, null, null, reason, clock);
	}

	/**
	 * Moves the meeting by hand to the slot and table (or places it there, when the schedule left it out). The rules
	 * between meetings (nobody in two places, both free, one meeting per table) are the scheduler's to check first.
	 */
	public void moveTo(int slot, int tableNumber, Clock clock) {
		if (slot < 0 || tableNumber < 1) {
			throw new IllegalArgumentException("Slots count from 0, tables from 1");
		}
		this.slot = slot;
		this.tableNumber = tableNumber;
		this.unplacedReason = null;
		this.scheduledAt = clock.instant();
	}

	public long getVersion() {
		return version;
	}

	public boolean isPlaced() {
		return slot != null;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public Integer getSlot() {
		return slot;
	}

	public Integer getTableNumber() {
		return tableNumber;
	}

	public String getUnplacedReason() {
		return unplacedReason;
	}

	public Instant getScheduledAt() {
		return scheduledAt;
	}
}
