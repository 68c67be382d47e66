package health.flanders.portal.web.partnering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.partnering.PartneringRequest;

/** A request for a meeting: with whom (a participant's id) and a short message. */
public class MeetingRequestForm {

	@NotNull
	private Long to;

	@Size(max = PartneringRequest.MESSAGE_LENGTH)
	private String message = "";

	public Long getTo() {
		return to;
	}

	public void setTo(Long to) {
		this.to = to;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}
}
