package health.flanders.portal.call.partnering;

import java.time.Clock;
import java.time.Instant;

import health.flanders.portal.call.RefusedException;
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
import jakarta.persistence.Version;

/**
 * One participant's request for a one-to-one meeting with another, with a short message; the other accepts or
 * declines it. The database keeps one request per pair and the sender's limit.
 */
@Entity
@Table(name = "partnering_requests")
public class PartneringRequest {

	public static final int MESSAGE_LENGTH = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private Long sessionId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "requester_id", updatable = false)
	private PartneringParticipant requester;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "invitee_id", updatable = false)
	private PartneringParticipant invitee;

	@Column(nullable = false)
	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Version
	private long version;

	protected PartneringRequest() {
	}

	public PartneringRequest(PartneringParticipant requester, PartneringParticipant invitee, String message,
			Clock clock) {
		if (requester.getId().equals(invitee.getId())) {
			throw new IllegalArgumentException("Nobody meets themselves");
		}
		if (!requester.getSessionId().equals(invitee.getSessionId())) {
			throw new IllegalArgumentException("Both take part in the same session");
		}
		String text = message == null ? "" : message.strip();
		if (text.length() > MESSAGE_LENGTH) {
			throw new IllegalArgumentException("The message is at most " + MESSAGE_LENGTH + " characters");
		}
		this.sessionId = requester.getSessionId();
		this.requester = requester;
		this.invitee = invitee;
		this.message = text;
		this.status = RequestStatus.REQUESTED;
		this.requestedAt = clock.instant();
	}

	/**
	 * The invitee's answer.
	 * @throws RefusedException when it was answered already
	 */
	public void answer(boolean accept, Clock clock) {
		if (status != RequestStatus.REQUESTED) {
			throw new RefusedException("partnering.refused.answered", "This request was answered already");
		}
		this.status = accept ? RequestStatus.ACCEPTED : RequestStatus.DECLINED;
		this.answeredAt = clock.instant();
	}

	public Long getId() {
		return id;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public PartneringParticipant getRequester() {
		return requester;
	}

	public PartneringParticipant getInvitee() {
		return invitee;
	}

	public String getMessage() {
		return message;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public long getVersion() {
		return version;
	}
}
