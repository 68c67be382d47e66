package health.flanders.portal.matching.bibliography;

/**
 * An export that cannot be read as a whole; {@link #reason()} is a message key ({@code publications.import.*}) for the
 * person who sent it, and {@link #detail()} the record or line it failed at, when known.
 */
public class UnreadableBibliographyException extends RuntimeException {

	private final String reason;

	private final String detail;

	public UnreadableBibliographyException(String reason, String detail) {
		super(reason + (detail == null ? "" : ": " + detail));
		this.reason = reason;
		this.detail = detail;
	}

	public String reason() {
		return this.reason;
	}

	public String detail() {
		return this.detail;
	}
}
