package health.flanders.portal.call.session;

import java.time.Clock;
import java.time.Instant;

import health.flanders.portal.call.Call;
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

/** An information session that explains a call. */
@Entity
@Table(name = "info_sessions")
public class InfoSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "call_id")
	private Call call;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionFormat format;

	private String venue;

	private String address;

	/** Shown only to confirmed registrants. */
	@Column(name = "online_link")
	private String onlineLink;

	/** The seats of the room, or of the online session when it is online only. */
	@Column(nullable = false)
	private int capacity;

	/** The online seats of a hybrid session; {@code null} otherwise. */
	@Column(name = "online_capacity")
	private Integer onlineCapacity;

	@Column(name = "registration_deadline")
	private Instant registrationDeadline;

	@Column(nullable = false)
	private String language = "en";

	private String room;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "seats_taken", nullable = false)
	private int seatsTaken;

	@Column(name = "online_seats_taken", nullable = false)
	private int onlineSeatsTaken;

	@Column(name = "reminders_sent_at")
	private Instant remindersSentAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected InfoSession() {
	}

	public InfoSession(Call call, String title, Instant startsAt, Instant endsAt, SessionFormat format, String venue,
			String address, String onlineLink, int capacity, Clock clock) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		if (capacity <= 0) {
			throw new IllegalArgumentException("A session has at least one seat");
		}
		if (format != SessionFormat.ONLINE && (venue == null || venue.isBlank())) {
			throw new IllegalArgumentException("A session in a room needs a venue");
		}
		this.call = call;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.format = format;
		this.venue = venue;
		this.address = address;
		this.onlineLink = onlineLink;
		this.capacity = capacity;
		this.createdAt = clock.instant();
	}

	/**
	 * Changes what an admin may change. The seats may not drop below those taken: people who have a seat keep it.
	 * @throws IllegalArgumentException when the times, the venue or the seats do not hold together
	 */
	public void change(Call call, String title, Instant startsAt, Instant endsAt, SessionFormat format, String venue,
			String room, String address, String onlineLink, int capacity, Integer onlineCapacity,
			Instant registrationDeadline, String language) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		if (format != SessionFormat.ONLINE && (venue == null || venue.isBlank())) {
			throw new IllegalArgumentException("A session in a room needs a venue");
		}
		if (format != this.format && (seatsTaken > 0 || onlineSeatsTaken > 0)) {
			throw new IllegalArgumentException("The format of a session with registrations cannot change");
		}
		if (capacity < seatsTaken || (format == SessionFormat.HYBRID
				&& (onlineCapacity == null || onlineCapacity < onlineSeatsTaken))) {
			throw new IllegalArgumentException("A session keeps at least the seats that are taken");
		}
		this.call = call;
		this.title = title.strip();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.format = format;
		this.venue = blankToNull(venue);
		this.room = blankToNull(room);
		this.address = blankToNull(address);
		this.onlineLink = blankToNull(onlineLink);
		this.capacity = capacity;
		this.onlineCapacity = format == SessionFormat.HYBRID ? onlineCapacity : null;
		this.registrationDeadline = registrationDeadline;
		this.language = "nl".equals(language) ? "nl" : "en";
	}

	/**
	 * Cancels the session: nobody can register any more; the caller tells those registered. Cancelling twice changes
	 * nothing.
	 * @throws SessionChangeRefusedException when the session has ended: what took place cannot be called off
	 */
	public void cancel(Clock clock) {
		if (cancelledAt != null) {
			return;
		}
		Instant now = clock.instant();
		if (hasEnded(now)) {
			throw new SessionChangeRefusedException("session.refused.cancel.ended",
					"A session that has ended cannot be cancelled");
		}
		cancelledAt = now;
	}

	/** Whether the session is over at this instant (it is past from its end on; until then it is upcoming). */
	public boolean hasEnded(Instant now) {
		return !endsAt.isAfter(now);
	}

	/**
	 * Whether a seat that is free now may go to someone on the waiting list: not once the session is cancelled or
	 * over.
	 */
	public boolean takesFromWaitingList(Instant now) {
		return cancelledAt == null && !hasEnded(now);
	}

	/** Marks the reminders of the day before as sent, so that they leave once. */
	public void remindersSent(Clock clock) {
		remindersSentAt = clock.instant();
	}

	public int getSeatsTaken() {
		return seatsTaken;
	}

	public int getOnlineSeatsTaken() {
		return onlineSeatsTaken;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Offers a hybrid session's online seats beside its room. */
	public void offerOnlineSeats(int seats) {
		if (format != SessionFormat.HYBRID || seats <= 0) {
			throw new IllegalArgumentException("Only a hybrid session has online seats beside its room");
		}
		this.onlineCapacity = seats;
	}

	/** Closes registration at this instant (by default it closes when the session starts). */
	public void closeRegistrationAt(Instant deadline) {
		this.registrationDeadline = deadline;
	}

	/** Whether people can still register at this instant: not cancelled, before the deadline and the start. */
	public boolean isOpenForRegistration(Instant now) {
		Instant closes = registrationDeadline != null ? registrationDeadline : startsAt;
		return cancelledAt == null && now.isBefore(closes) && now.isBefore(startsAt);
	}

	/** Which ways of attending this session offers. */
	public boolean offers(Attendance attendance) {
		return switch (format) {
			case IN_PERSON -> attendance == Attendance.IN_PERSON;
			case ONLINE -> attendance == Attendance.ONLINE;
			case HYBRID -> true;
		};
	}

	/** The seats for this way of attending: the room's, or the online ones of a hybrid session. */
	public int capacityFor(Attendance attendance) {
		return format == SessionFormat.HYBRID && attendance == Attendance.ONLINE ? onlineCapacity : capacity;
	}

	public int seatsLeft(Attendance attendance) {
		return capacityFor(attendance) - takenFor(attendance);
	}

	/** Every seat left, in the room and online. */
	public int seatsLeft() {
		int left = capacity - seatsTaken;
		return format == SessionFormat.HYBRID ? left + onlineCapacity - onlineSeatsTaken : left;
	}

	/**
	 * Takes one seat of this kind if one is left. The caller holds the session row's lock, so that two registrations
	 * never take the last seat twice; the database's CHECK on the count is the last line.
	 */
	public boolean takeSeat(Attendance attendance) {
		if (!offers(attendance) || seatsLeft(attendance) <= 0) {
			return false;
		}
		if (usesOnlineCount(attendance)) {
			onlineSeatsTaken++;
		}
		else {
			seatsTaken++;
		}
		return true;
	}

	/** Gives back a seat of this kind, after a confirmed registration is cancelled. */
	public void releaseSeat(Attendance attendance) {
		if (usesOnlineCount(attendance)) {
			onlineSeatsTaken--;
		}
		else {
			seatsTaken--;
		}
	}

	private int takenFor(Attendance attendance) {
		return usesOnlineCount(attendance) ? onlineSeatsTaken : seatsTaken;
	}

	private boolean usesOnlineCount(Attendance attendance) {
		return format == SessionFormat.HYBRID && attendance == Attendance.ONLINE;
	}

	public Long getId() {
		return id;
	}

	public Call getCall() {
		return call;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public SessionFormat getFormat() {
		return format;
	}

	public String getVenue() {
		return venue;
	}

	public String getAddress() {
		return address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public int getCapacity() {
		return capacity;
	}

	public Integer getOnlineCapacity() {
		return onlineCapacity;
	}

	public Instant getRegistrationDeadline() {
		return registrationDeadline;
	}

	public String getLanguage() {
		return language;
	}

	public String getRoom() {
		return room;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public long getVersion() {
		return version;
	}
}
