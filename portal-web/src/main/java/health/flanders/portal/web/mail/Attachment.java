package health.flanders.portal.web.mail;

import java.util.Objects;

/** A file sent with an e-mail, e.g. an iCalendar invitation ({@code text/calendar}). */
public record Attachment(String filename, String contentType, byte[] content) {

	public Attachment {
		Objects.requireNonNull(filename, "filename");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(content, "content");
	}
}
