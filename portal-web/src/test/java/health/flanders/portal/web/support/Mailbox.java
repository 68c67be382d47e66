package health.flanders.portal.web.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * What the portal's SMTP server received. Tests share one server, so they look for their own, uniquely addressed,
 * recipients. Waiting is on the server's own signal of new mail, never a sleep.
 */
public class Mailbox {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	private final GreenMail greenMail;

	/** For a server a test started itself; a test context gets its mailbox from {@link MailTestConfiguration}. */
	public Mailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/** The first e-mail to this address, waiting up to 10 seconds for it to arrive. */
	public MimeMessage awaitMessageTo(String address) {
		return awaitMessagesTo(address, 1).get(0);
	}

	/** At least {@code count} e-mails to this address, waiting up to 10 seconds for them to arrive. */
	public List<MimeMessage> awaitMessagesTo(String address, int count) {
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (true) {
			List<MimeMessage> found = messagesTo(address);
			if (found.size() >= count) {
				return found;
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("Expected " + count + " e-mail(s) to " + address + " but got " + found.size());
			}
			greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
		}
	}

	/** The first e-mail to this address that matches, waiting up to 10 seconds for it among others that arrive. */
	public MimeMessage awaitMessageTo(String address, Predicate<MimeMessage> matching) {
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (true) {
			Optional<MimeMessage> found = messagesTo(address).stream().filter(matching).findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("Expected the e-mail to " + address + " among " + messagesTo(address).size());
			}
			greenMail.waitForIncomingEmail(200, greenMail.getReceivedMessages().length + 1);
		}
	}

	/** The e-mails to this address received so far. */
	public List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> isTo(message, address)).toList();
	}

	/** The plain-text part of an e-mail. */
	public static String text(MimeMessage message) {
		try {
			return findPart(message, "text/plain");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The HTML part of an e-mail. */
	public static String html(MimeMessage message) {
		try {
			return findPart(message, "text/html");
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The body of an e-mail as the server stored it, all parts included. */
	public static String raw(MimeMessage message) {
		return GreenMailUtil.getWholeMessage(message);
	}

	private static String findPart(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String found = findPart(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
