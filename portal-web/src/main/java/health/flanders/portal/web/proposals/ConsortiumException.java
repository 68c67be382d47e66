package health.flanders.portal.web.proposals;

/** A change of the consortium or the co-applicants that cannot be made, with the message code that says why. */
public class ConsortiumException extends RuntimeException {

	private final String messageCode;

	ConsortiumException(String messageCode) {
		super(messageCode);
		this.messageCode = messageCode;
	}

	public String messageCode() {
		return messageCode;
	}
}
