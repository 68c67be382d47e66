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

	@Column(nullable = false)
	private int capacity;

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

	public long getVersion() {
		return version;
	}
}
