package health.flanders.portal.web.receipts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A receipt's text as signed and its Ed25519 signature (base64). {@link #block()} is what the receipt page and e-mail
 * show for copying: the text, then a last line {@code signature: …}. {@link #parse(String)} reads such a block back as
 * someone pasted it, forgiving what copying changes (Windows line ends, spaces at the ends of lines, blank lines
 * around it) and nothing else.
 */
public record SealedReceipt(String text, String signature) {

	static final String KEY_PREFIX = "key: ";

	static final String SIGNATURE_PREFIX = "signature: ";

	/** The signed text with its signature as the last line. */
	public String block() {
		return text + "\n" + SIGNATURE_PREFIX + signature;
	}

	/** The text and signature of a pasted block, or empty when it has no signature line at its end. */
	public static Optional<SealedReceipt> parse(String pasted) {
		if (pasted == null) {
			return Optional.empty();
		}
		List<String> lines = new ArrayList<>(Arrays.stream(pasted.split("\r\n|\r|\n", -1)).map(String::stripTrailing)
			.toList());
		while (!lines.isEmpty() && lines.get(0).isBlank()) {
			lines.remove(0);
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		if (lines.size() < 2 || !lines.get(lines.size() - 1).strip().startsWith(SIGNATURE_PREFIX)) {
			return Optional.empty();
		}
		String signature = lines.remove(lines.size() - 1).strip().substring(SIGNATURE_PREFIX.length()).strip();
		lines.set(0, lines.get(0).stripLeading());
		return Optional.of(new SealedReceipt(String.join("\n", lines), signature));
	}
}
