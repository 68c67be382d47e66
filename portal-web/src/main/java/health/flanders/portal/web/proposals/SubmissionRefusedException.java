package health.flanders.portal.web.proposals;

/** A submission the server refuses at the instant it arrives, with the message code that says why. */
public class SubmissionRefusedException extends RuntimeException {

	private final String messageCode;

	SubmissionRefusedException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return messageCode;
	}
}
