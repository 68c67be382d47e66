package health.flanders.portal.web.sessions;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import health.flanders.portal.call.session.SessionFormat;

/** An information session as an admin types it; times are Brussels local times. */
public class SessionForm {

	@NotBlank
	@Size(max = 200)
	private String title = "";

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime endsAt;

	@NotNull
	private SessionFormat format = SessionFormat.IN_PERSON;

	@Size(max = 200)
	private String venue = "";

	@Size(max = 200)
	private String room = "";

	@Size(max = 300)
	private String address = "";

	@Size(max = 500)
	@Pattern(regexp = "|https://.+", message = "{session.admin.onlineLink.https}")
	private String onlineLink = "";

	@NotNull
	@Min(1)
	@Max(100_000)
	private Integer capacity = 100;

	@Min(1)
	@Max(100_000)
	private Integer onlineCapacity;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime registrationDeadline;

	@Pattern(regexp = "en|nl")
	private String language = "en";

	private Long callId;

	private long version;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public SessionFormat getFormat() {
		return format;
	}

	public void setFormat(SessionFormat format) {
		this.format = format;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getRoom() {
		return room;
	}

	public void setRoom(String room) {
		this.room = room;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getOnlineCapacity() {
		return onlineCapacity;
	}

	public void setOnlineCapacity(Integer onlineCapacity) {
		this.onlineCapacity = onlineCapacity;
	}

	public LocalDateTime getRegistrationDeadline() {
		return registrationDeadline;
	}

	public void setRegistrationDeadline(LocalDateTime registrationDeadline) {
		this.registrationDeadline = registrationDeadline;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Long getCallId() {
		return callId;
	}

	public void setCallId(Long callId) {
		this.callId = callId;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
